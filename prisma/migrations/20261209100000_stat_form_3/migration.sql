-- Biểu số 3-BTCTW (members at the period's end, by group) from the same entry as Biểu 1: its total is Biểu 1's row D
-- (MEMBERS_TOTAL, a line of the form: entered once), each breakdown of it (occupation = a. working + b. retired, age,
-- year of joining, schooling) is a group of terms that sums to it on its own (sumGroup), the working members'
-- occupations sum to "a." and the enterprise rows to theirs (sumOf), the other rows are "of which" rows (partOf).
-- Only catalogue rows are added: no figure is touched, and the new rows are optional until a target needs them.

-- An installation that has the standard catalogue gets Biểu 3's rows and lines (a fresh one gets them from the seed).
INSERT INTO "DataElement" ("code", "nameVi", "nameEn", "unitVi", "unitEn", "valueType", "aggregation", "entryLevel", "groupCode", "sortOrder", "formCode", "formRow", "formOrder", "formIndent")
SELECT v.* FROM (VALUES
  ('MEM_PROBATIONARY', 'Đảng viên dự bị', 'Members: probationary', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 79, '3', '- Dự bị', 3, 1),
  ('MEM_YOUTH_UNION', 'Đảng viên là đoàn viên Đoàn TNCS Hồ Chí Minh', 'Members: Youth Union members', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 80, '3', '- Đoàn viên Đoàn TNCS Hồ Chí Minh', 6, 1),
  ('MEM_PRIVATE_OWNER', 'Đảng viên là chủ doanh nghiệp tư nhân', 'Members: private business owners', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 81, '3', '- Chủ doanh nghiệp tư nhân', 7, 1),
  ('MEM_FOREIGN_SPOUSE', 'Đảng viên có quan hệ hôn nhân với người nước ngoài', 'Members: married to a foreigner', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 82, '3', '- Có quan hệ hôn nhân với người nước ngoài', 8, 1),
  ('MEM_WORKING', 'Đảng viên đang làm việc và công tác', 'Members in work', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 83, '3', 'a. Đảng viên đang làm việc và công tác', 11, 0),
  ('MEM_OCC_STATE', 'Đảng viên: cán bộ, công chức cơ quan Nhà nước từ cấp huyện trở lên', 'Members: state civil servants (district level and above)', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 84, '3', '- Cán bộ, công chức cơ quan Nhà nước tính từ cấp huyện trở lên', 12, 1),
  ('MEM_OCC_PARTY', 'Đảng viên: cán bộ, công chức cơ quan Đảng, MTTQ, đoàn thể từ cấp huyện trở lên', 'Members: Party, Front and mass-organization staff (district level and above)', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 85, '3', '- Cán bộ, công chức cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội tính từ cấp huyện trở lên', 13, 1),
  ('MEM_OCC_COMMUNE', 'Đảng viên: cán bộ, công chức, người hoạt động không chuyên trách cấp xã', 'Members: commune staff', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 86, '3', '- Cán bộ, công chức; người hoạt động không chuyên trách ở xã, phường, thị trấn', 14, 1),
  ('MEM_OCC_VILLAGE', 'Đảng viên: người hoạt động không chuyên trách thôn, tổ dân phố', 'Members: village and neighbourhood part-time staff', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 87, '3', '- Người hoạt động không chuyên trách thôn, tổ dân phố, bản (ấp, khóm)', 15, 1),
  ('MEM_OCC_PUBLIC_SERVICE', 'Đảng viên: viên chức đơn vị sự nghiệp công lập', 'Members: public service employees', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 88, '3', '- Viên chức trong các đơn vị sự nghiệp công lập', 16, 1),
  ('MEM_OCC_PRIVATE_SERVICE', 'Đảng viên: người lao động đơn vị sự nghiệp ngoài công lập', 'Members: non-public service employees', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 89, '3', '- Người lao động trong các đơn vị sự nghiệp ngoài công lập', 17, 1),
  ('MEM_OCC_ENTERPRISE', 'Đảng viên: lãnh đạo, quản lý và lao động trong doanh nghiệp', 'Members: enterprise managers and workers', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 90, '3', '- Lãnh đạo, quản lý và lao động trong các doanh nghiệp, chia ra:', 18, 1),
  ('MEM_OCC_ENTERPRISE_MANAGER', 'Đảng viên: người lãnh đạo, quản lý doanh nghiệp', 'Members: enterprise managers', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 91, '3', '+ Người lãnh đạo, quản lý doanh nghiệp', 19, 2),
  ('MEM_OCC_ENTERPRISE_STAFF', 'Đảng viên: nhân viên, người gián tiếp sản xuất', 'Members: enterprise office staff', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 92, '3', '+ Nhân viên, người gián tiếp sản xuất', 20, 2),
  ('MEM_OCC_ENTERPRISE_WORKER', 'Đảng viên: công nhân, lao động trực tiếp sản xuất', 'Members: enterprise production workers', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 93, '3', '+ Công nhân, lao động trực tiếp sản xuất', 21, 2),
  ('MEM_OCC_FARMING', 'Đảng viên: người làm nông, lâm, ngư nghiệp', 'Members: farmers, foresters, fishers', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 94, '3', '- Người làm nông, lâm, ngư nghiệp', 22, 1),
  ('MEM_OCC_ARMED', 'Đảng viên: sỹ quan, chiến sỹ quân đội và công an', 'Members: armed forces and police', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 95, '3', '- Sỹ quan, chiến sỹ quân đội và công an (lực lượng vũ trang)', 23, 1),
  ('MEM_OCC_STUDENT', 'Đảng viên: sinh viên', 'Members: university students', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 96, '3', '- Sinh viên', 24, 1),
  ('MEM_OCC_PUPIL', 'Đảng viên: học sinh', 'Members: school pupils', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 97, '3', '- Học sinh', 25, 1),
  ('MEM_OCC_OTHER', 'Đảng viên: nghề nghiệp khác (lao động hợp đồng, tự do…)', 'Members: other occupations', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 98, '3', '- Khác (lao động hợp đồng, tự do…)', 26, 1),
  ('MEM_RETIRED', 'Đảng viên đã nghỉ hưu và nghỉ công tác', 'Members retired', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 99, '3', 'b. Đảng viên đã nghỉ hưu và nghỉ công tác', 27, 0),
  ('MEM_EXEMPT', 'Đảng viên được miễn công tác và sinh hoạt đảng', 'Members exempted from Party work and meetings', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 100, '3', 'Trong đó: Được miễn công tác và sinh hoạt đảng', 28, 1),
  ('MEM_AGE_18_30', 'Đảng viên từ 18 đến 30 tuổi', 'Members aged 18–30', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 101, '3', '- Từ 18 - 30 tuổi', 30, 1),
  ('MEM_AGE_31_35', 'Đảng viên từ 31 đến 35 tuổi', 'Members aged 31–35', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 102, '3', '- Từ 31 - 35 tuổi', 31, 1),
  ('MEM_AGE_36_40', 'Đảng viên từ 36 đến 40 tuổi', 'Members aged 36–40', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 103, '3', '- Từ 36 - 40 tuổi', 32, 1),
  ('MEM_AGE_41_45', 'Đảng viên từ 41 đến 45 tuổi', 'Members aged 41–45', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 104, '3', '- Từ 41 - 45 tuổi', 33, 1),
  ('MEM_AGE_46_50', 'Đảng viên từ 46 đến 50 tuổi', 'Members aged 46–50', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 105, '3', '- Từ 46 - 50 tuổi', 34, 1),
  ('MEM_AGE_51_55', 'Đảng viên từ 51 đến 55 tuổi', 'Members aged 51–55', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 106, '3', '- Từ 51 - 55 tuổi', 35, 1),
  ('MEM_AGE_56_60', 'Đảng viên từ 56 đến 60 tuổi', 'Members aged 56–60', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 107, '3', '- Từ 56 - 60 tuổi', 36, 1),
  ('MEM_AGE_OVER_60', 'Đảng viên trên 60 tuổi', 'Members over 60', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 108, '3', '- Trên 60 tuổi', 37, 1),
  ('MEM_JOINED_BEFORE_1945', 'Đảng viên vào Đảng trước 19/8/1945', 'Members who joined before 19 Aug 1945', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 109, '3', '- Trước 19/8/1945', 40, 1),
  ('MEM_JOINED_1945_1954', 'Đảng viên vào Đảng từ 19/8/1945 đến 20/7/1954', 'Members who joined 19 Aug 1945 – 20 Jul 1954', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 110, '3', '- Từ 19/8/1945 đến 20/7/1954', 41, 1),
  ('MEM_JOINED_1954_1975', 'Đảng viên vào Đảng từ 21/7/1954 đến 30/4/1975', 'Members who joined 21 Jul 1954 – 30 Apr 1975', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 111, '3', '- Từ 21/7/1954 đến 30/4/1975', 42, 1),
  ('MEM_JOINED_SINCE_1975', 'Đảng viên vào Đảng từ 01/5/1975 đến nay', 'Members who joined since 1 May 1975', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 112, '3', '- Từ 01/5/1975 đến nay', 43, 1),
  ('MEM_EDU_LITERATE', 'Đảng viên biết đọc, biết viết chữ quốc ngữ', 'Members'' schooling: literate', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 113, '3', '- Biết đọc, biết viết chữ quốc ngữ', 45, 1),
  ('MEM_EDU_PRIMARY', 'Đảng viên trình độ tiểu học', 'Members'' schooling: primary', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 114, '3', '- Tiểu học', 46, 1),
  ('MEM_EDU_LOWER_SECONDARY', 'Đảng viên trình độ trung học cơ sở', 'Members'' schooling: lower secondary', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 115, '3', '- Trung học cơ sở', 47, 1),
  ('MEM_EDU_UPPER_SECONDARY', 'Đảng viên trình độ trung học phổ thông', 'Members'' schooling: upper secondary', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 116, '3', '- Trung học phổ thông', 48, 1),
  ('MEM_PRO_VOCATIONAL', 'Đảng viên: công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp', 'Members: vocational training', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 117, '3', '- Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp', 50, 1),
  ('MEM_PRO_INTERMEDIATE', 'Đảng viên: trung cấp chuyên môn', 'Members: intermediate diploma', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 118, '3', '- Trung cấp', 51, 1),
  ('MEM_PRO_COLLEGE', 'Đảng viên: cao đẳng', 'Members: college degree', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 119, '3', '- Cao đẳng', 52, 1),
  ('MEM_PRO_UNIVERSITY', 'Đảng viên: đại học', 'Members: university degree', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 120, '3', '- Đại học', 53, 1),
  ('MEM_PRO_MASTER', 'Đảng viên: thạc sỹ', 'Members: master''s degree', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 121, '3', '- Thạc sỹ', 54, 1),
  ('MEM_PRO_DOCTOR', 'Đảng viên: tiến sỹ', 'Members: doctorate', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 122, '3', '- Tiến sỹ', 55, 1),
  ('MEM_ASSOC_PROFESSOR', 'Đảng viên: phó giáo sư', 'Members: associate professors', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 123, '3', '- Phó Giáo sư', 57, 1),
  ('MEM_PROFESSOR', 'Đảng viên: giáo sư', 'Members: professors', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 124, '3', '- Giáo sư', 58, 1),
  ('MEM_THEORY_ELEMENTARY', 'Đảng viên: lý luận chính trị sơ cấp', 'Members: elementary political theory', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 125, '3', '- Sơ cấp', 60, 1),
  ('MEM_THEORY_INTERMEDIATE', 'Đảng viên: lý luận chính trị trung cấp', 'Members: intermediate political theory', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 126, '3', '- Trung cấp', 61, 1),
  ('MEM_THEORY_ADVANCED', 'Đảng viên: lý luận chính trị cao cấp, cử nhân', 'Members: advanced political theory or bachelor''s', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_3', 127, '3', '- Cao cấp, cử nhân', 62, 1)
) AS v WHERE EXISTS (SELECT 1 FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL')
ON CONFLICT ("code") DO NOTHING;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL')
  WHERE "code" IN ('MEM_PROBATIONARY', 'MEM_YOUTH_UNION', 'MEM_PRIVATE_OWNER', 'MEM_FOREIGN_SPOUSE', 'MEM_PRO_VOCATIONAL', 'MEM_PRO_INTERMEDIATE', 'MEM_PRO_COLLEGE', 'MEM_PRO_UNIVERSITY', 'MEM_PRO_MASTER', 'MEM_PRO_DOCTOR', 'MEM_ASSOC_PROFESSOR', 'MEM_PROFESSOR', 'MEM_THEORY_ELEMENTARY', 'MEM_THEORY_INTERMEDIATE', 'MEM_THEORY_ADVANCED') AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEM_RETIRED')
  WHERE "code" IN ('MEM_EXEMPT') AND "partOfId" IS NULL;
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL'), "sumSign" = 1, "sumGroup" = 'OCCUPATION'
  WHERE "code" IN ('MEM_WORKING', 'MEM_RETIRED') AND "sumOfId" IS NULL;
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEM_WORKING'), "sumSign" = 1, "sumGroup" = NULL
  WHERE "code" IN ('MEM_OCC_STATE', 'MEM_OCC_PARTY', 'MEM_OCC_COMMUNE', 'MEM_OCC_VILLAGE', 'MEM_OCC_PUBLIC_SERVICE', 'MEM_OCC_PRIVATE_SERVICE', 'MEM_OCC_ENTERPRISE', 'MEM_OCC_FARMING', 'MEM_OCC_ARMED', 'MEM_OCC_STUDENT', 'MEM_OCC_PUPIL', 'MEM_OCC_OTHER') AND "sumOfId" IS NULL;
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEM_OCC_ENTERPRISE'), "sumSign" = 1, "sumGroup" = NULL
  WHERE "code" IN ('MEM_OCC_ENTERPRISE_MANAGER', 'MEM_OCC_ENTERPRISE_STAFF', 'MEM_OCC_ENTERPRISE_WORKER') AND "sumOfId" IS NULL;
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL'), "sumSign" = 1, "sumGroup" = 'AGE'
  WHERE "code" IN ('MEM_AGE_18_30', 'MEM_AGE_31_35', 'MEM_AGE_36_40', 'MEM_AGE_41_45', 'MEM_AGE_46_50', 'MEM_AGE_51_55', 'MEM_AGE_56_60', 'MEM_AGE_OVER_60') AND "sumOfId" IS NULL;
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL'), "sumSign" = 1, "sumGroup" = 'JOINED'
  WHERE "code" IN ('MEM_JOINED_BEFORE_1945', 'MEM_JOINED_1945_1954', 'MEM_JOINED_1954_1975', 'MEM_JOINED_SINCE_1975') AND "sumOfId" IS NULL;
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL'), "sumSign" = 1, "sumGroup" = 'SCHOOLING'
  WHERE "code" IN ('MEM_EDU_LITERATE', 'MEM_EDU_PRIMARY', 'MEM_EDU_LOWER_SECONDARY', 'MEM_EDU_UPPER_SECONDARY') AND "sumOfId" IS NULL;
INSERT INTO "StatFormLine" ("formCode", "formOrder", "label", "indent", "dataElementId", "countKind", "countIfElementId")
SELECT v.* FROM (VALUES
  ('3', 1, 'I. Đảng viên trong danh sách có đến cuối kỳ báo cáo', 0, (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL'), NULL::"CommitteeKind", NULL::int),
  ('3', 9, 'II. Phân tích đội ngũ đảng viên', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('3', 10, '1. Nghề nghiệp', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('3', 29, '2. Tuổi đời:', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('3', 38, '- Tuổi bình quân', 1, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('3', 39, '3. Thời gian kết nạp vào Đảng', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('3', 44, '4. Trình độ giáo dục phổ thông', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('3', 49, '5. Trình độ chuyên môn nghiệp vụ', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('3', 56, '6. Chức danh khoa học', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('3', 59, '7. Trình độ lý luận chính trị', 0, NULL::int, NULL::"CommitteeKind", NULL::int)
) AS v WHERE EXISTS (SELECT 1 FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL')
ON CONFLICT ("formCode", "formOrder") DO NOTHING;
