-- Biểu số 2-BTCTW (new members admitted, by group) from the same entry as Biểu 1: each breakdown of the admissions
-- (occupation, age, schooling) is a group of terms that sums to Biểu 1's "1. Kết nạp" on its own (sumGroup), the
-- "of which" rows are parts of it. The form's headings, its total (Biểu 1's row, entered once) and the
-- organizations it counts are lines of the form (StatFormLine). No figure is touched.
ALTER TABLE "DataElement" ADD COLUMN "sumGroup" TEXT;
-- A group belongs to a sum.
ALTER TABLE "DataElement" ADD CONSTRAINT "DataElement_sum_group" CHECK ("sumGroup" IS NULL OR "sumOfId" IS NOT NULL);

CREATE TABLE "StatFormLine" (
    "id" SERIAL NOT NULL,
    "formCode" TEXT NOT NULL,
    "formOrder" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "indent" INTEGER NOT NULL DEFAULT 0,
    "dataElementId" INTEGER,
    "countKind" "CommitteeKind",
    "countIfElementId" INTEGER,

    CONSTRAINT "StatFormLine_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "StatFormLine_formCode_formOrder_key" ON "StatFormLine"("formCode", "formOrder");
ALTER TABLE "StatFormLine" ADD CONSTRAINT "StatFormLine_dataElementId_fkey" FOREIGN KEY ("dataElementId") REFERENCES "DataElement"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "StatFormLine" ADD CONSTRAINT "StatFormLine_countIfElementId_fkey" FOREIGN KEY ("countIfElementId") REFERENCES "DataElement"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- A line prints one thing: a heading, an element, or a count of organizations.
ALTER TABLE "StatFormLine" ADD CONSTRAINT "StatFormLine_one_source" CHECK ("dataElementId" IS NULL OR ("countKind" IS NULL AND "countIfElementId" IS NULL));
ALTER TABLE "StatFormLine" ADD CONSTRAINT "StatFormLine_count_if" CHECK ("countIfElementId" IS NULL OR "countKind" IS NOT NULL);
-- The forms print what the catalogue says: a changed line expires cached pages like any catalogue change.
CREATE TRIGGER "StatFormLine_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StatFormLine" FOR EACH STATEMENT EXECUTE FUNCTION "chitieu_notify_all"();

-- An installation that has the standard catalogue gets Biểu 2's rows and lines (a fresh one gets them from the seed).
INSERT INTO "DataElement" ("code", "nameVi", "nameEn", "unitVi", "unitEn", "valueType", "aggregation", "entryLevel", "groupCode", "sortOrder", "formCode", "formRow", "formOrder", "formIndent")
SELECT v.* FROM (VALUES
  ('ADM_ETHNIC_MINORITY', 'Đảng viên mới kết nạp là người dân tộc thiểu số', 'Admitted: ethnic minority', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 38, '2', '- Dân tộc thiểu số', 2, 1),
  ('ADM_YOUTH_UNION', 'Đảng viên mới kết nạp là đoàn viên Đoàn TNCS Hồ Chí Minh', 'Admitted: Youth Union members', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 39, '2', '- Đoàn viên Đoàn TNCS Hồ Chí Minh', 3, 1),
  ('ADM_PRIVATE_OWNER', 'Đảng viên mới kết nạp là chủ doanh nghiệp tư nhân', 'Admitted: private business owners', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 40, '2', '- Chủ doanh nghiệp tư nhân', 4, 1),
  ('ADM_FAMILY_PLANNING', 'Đảng viên mới kết nạp từng vi phạm chính sách KHHGĐ', 'Admitted: having breached the family-planning policy', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 41, '2', '- Quần chúng vi phạm chính sách KHHGĐ', 5, 1),
  ('ADM_FOREIGN_SPOUSE', 'Đảng viên mới kết nạp có quan hệ hôn nhân với người nước ngoài', 'Admitted: married to a foreigner', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 42, '2', '- Có quan hệ hôn nhân với người nước ngoài', 6, 1),
  ('ADM_READMITTED', 'Đảng viên được kết nạp lại', 'Admitted again', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 43, '2', '- Kết nạp lại', 7, 1),
  ('ADM_OCC_STATE', 'Kết nạp: cán bộ, công chức cơ quan Nhà nước từ cấp huyện trở lên', 'Admitted: state civil servants (district level and above)', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 44, '2', '- Cán bộ, công chức cơ quan Nhà nước tính từ cấp huyện trở lên', 10, 1),
  ('ADM_OCC_PARTY', 'Kết nạp: cán bộ, công chức cơ quan Đảng, MTTQ, đoàn thể từ cấp huyện trở lên', 'Admitted: Party, Front and mass-organization staff (district level and above)', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 45, '2', '- Cán bộ, công chức cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội tính từ cấp huyện trở lên', 11, 1),
  ('ADM_OCC_COMMUNE', 'Kết nạp: cán bộ, công chức, người hoạt động không chuyên trách cấp xã', 'Admitted: commune staff', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 46, '2', '- Cán bộ, công chức; người hoạt động không chuyên trách ở xã, phường, thị trấn', 12, 1),
  ('ADM_OCC_VILLAGE', 'Kết nạp: người hoạt động không chuyên trách thôn, tổ dân phố', 'Admitted: village and neighbourhood part-time staff', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 47, '2', '- Người hoạt động không chuyên trách thôn, tổ dân phố, bản (ấp, khóm)', 13, 1),
  ('ADM_OCC_PUBLIC_SERVICE', 'Kết nạp: viên chức đơn vị sự nghiệp công lập', 'Admitted: public service employees', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 48, '2', '- Viên chức trong các đơn vị sự nghiệp công lập', 14, 1),
  ('ADM_OCC_PRIVATE_SERVICE', 'Kết nạp: người lao động đơn vị sự nghiệp ngoài công lập', 'Admitted: non-public service employees', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 49, '2', '- Người lao động trong các đơn vị sự nghiệp ngoài công lập', 15, 1),
  ('ADM_OCC_ENTERPRISE', 'Kết nạp: lãnh đạo, quản lý và lao động trong doanh nghiệp', 'Admitted: enterprise managers and workers', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 50, '2', '- Lãnh đạo, quản lý và lao động trong các doanh nghiệp, chia ra:', 16, 1),
  ('ADM_OCC_ENTERPRISE_MANAGER', 'Kết nạp: người lãnh đạo, quản lý doanh nghiệp', 'Admitted: enterprise managers', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 51, '2', '+ Người lãnh đạo, quản lý doanh nghiệp', 17, 2),
  ('ADM_OCC_ENTERPRISE_STAFF', 'Kết nạp: nhân viên, người gián tiếp sản xuất', 'Admitted: enterprise office staff', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 52, '2', '+ Nhân viên, người gián tiếp sản xuất', 18, 2),
  ('ADM_OCC_ENTERPRISE_WORKER', 'Kết nạp: công nhân, lao động trực tiếp sản xuất', 'Admitted: enterprise production workers', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 53, '2', '+ Công nhân, lao động trực tiếp sản xuất', 19, 2),
  ('ADM_OCC_FARMING', 'Kết nạp: người làm nông, lâm, ngư nghiệp', 'Admitted: farmers, foresters, fishers', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 54, '2', '- Người làm nông, lâm, ngư nghiệp', 20, 1),
  ('ADM_OCC_ARMED', 'Kết nạp: sỹ quan, chiến sỹ quân đội và công an', 'Admitted: armed forces and police', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 55, '2', '- Sỹ quan, chiến sỹ quân đội và công an (lực lượng vũ trang)', 21, 1),
  ('ADM_OCC_STUDENT', 'Kết nạp: sinh viên', 'Admitted: university students', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 56, '2', '- Sinh viên', 22, 1),
  ('ADM_OCC_PUPIL', 'Kết nạp: học sinh', 'Admitted: school pupils', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 57, '2', '- Học sinh', 23, 1),
  ('ADM_OCC_OTHER', 'Kết nạp: nghề nghiệp khác (lao động hợp đồng, tự do…)', 'Admitted: other occupations', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 58, '2', '- Khác (lao động hợp đồng, tự do…)', 24, 1),
  ('ADM_AGE_18_30', 'Kết nạp: từ 18 đến 30 tuổi', 'Admitted: aged 18–30', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 59, '2', '- Từ 18 - 30 tuổi', 26, 1),
  ('ADM_AGE_31_35', 'Kết nạp: từ 31 đến 35 tuổi', 'Admitted: aged 31–35', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 60, '2', '- Từ 31 - 35 tuổi', 27, 1),
  ('ADM_AGE_36_40', 'Kết nạp: từ 36 đến 40 tuổi', 'Admitted: aged 36–40', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 61, '2', '- Từ 36 - 40 tuổi', 28, 1),
  ('ADM_AGE_41_45', 'Kết nạp: từ 41 đến 45 tuổi', 'Admitted: aged 41–45', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 62, '2', '- Từ 41 - 45 tuổi', 29, 1),
  ('ADM_AGE_46_50', 'Kết nạp: từ 46 đến 50 tuổi', 'Admitted: aged 46–50', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 63, '2', '- Từ 46 - 50 tuổi', 30, 1),
  ('ADM_AGE_51_55', 'Kết nạp: từ 51 đến 55 tuổi', 'Admitted: aged 51–55', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 64, '2', '- Từ 51 - 55 tuổi', 31, 1),
  ('ADM_AGE_56_60', 'Kết nạp: từ 56 đến 60 tuổi', 'Admitted: aged 56–60', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 65, '2', '- Từ 56 - 60 tuổi', 32, 1),
  ('ADM_AGE_OVER_60', 'Kết nạp: trên 60 tuổi', 'Admitted: over 60', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 66, '2', '- Trên 60 tuổi', 33, 1),
  ('ADM_EDU_LITERATE', 'Kết nạp: biết đọc, biết viết chữ quốc ngữ', 'Admitted schooling: literate', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 67, '2', '- Biết đọc, biết viết chữ quốc ngữ', 36, 1),
  ('ADM_EDU_PRIMARY', 'Kết nạp: tiểu học', 'Admitted schooling: primary', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 68, '2', '- Tiểu học', 37, 1),
  ('ADM_EDU_LOWER_SECONDARY', 'Kết nạp: trung học cơ sở', 'Admitted schooling: lower secondary', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 69, '2', '- Trung học cơ sở', 38, 1),
  ('ADM_EDU_UPPER_SECONDARY', 'Kết nạp: trung học phổ thông', 'Admitted schooling: upper secondary', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 70, '2', '- Trung học phổ thông', 39, 1),
  ('ADM_PRO_VOCATIONAL', 'Kết nạp: công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp', 'Admitted: vocational training', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 71, '2', '- Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp', 41, 1),
  ('ADM_PRO_INTERMEDIATE', 'Kết nạp: trung cấp', 'Admitted: intermediate diploma', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 72, '2', '- Trung cấp', 42, 1),
  ('ADM_PRO_COLLEGE', 'Kết nạp: cao đẳng', 'Admitted: college degree', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 73, '2', '- Cao đẳng', 43, 1),
  ('ADM_PRO_UNIVERSITY', 'Kết nạp: đại học', 'Admitted: university degree', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 74, '2', '- Đại học', 44, 1),
  ('ADM_PRO_MASTER', 'Kết nạp: thạc sỹ', 'Admitted: master''s degree', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 75, '2', '- Thạc sỹ', 45, 1),
  ('ADM_PRO_DOCTOR', 'Kết nạp: tiến sỹ', 'Admitted: doctorate', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 76, '2', '- Tiến sỹ', 46, 1),
  ('ADM_ASSOC_PROFESSOR', 'Kết nạp: phó giáo sư', 'Admitted: associate professors', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 77, '2', '- Phó Giáo sư', 48, 1),
  ('ADM_PROFESSOR', 'Kết nạp: giáo sư', 'Admitted: professors', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_2', 78, '2', '- Giáo sư', 49, 1)
) AS v WHERE EXISTS (SELECT 1 FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED')
ON CONFLICT ("code") DO NOTHING;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_ETHNIC_MINORITY' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_YOUTH_UNION' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_PRIVATE_OWNER' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_FAMILY_PLANNING' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_FOREIGN_SPOUSE' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_READMITTED' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_PRO_VOCATIONAL' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_PRO_INTERMEDIATE' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_PRO_COLLEGE' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_PRO_UNIVERSITY' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_PRO_MASTER' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_PRO_DOCTOR' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_ASSOC_PROFESSOR' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED') WHERE "code" = 'ADM_PROFESSOR' AND "partOfId" IS NULL;
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED'), "sumSign" = 1, "sumGroup" = 'OCCUPATION'
  WHERE "code" IN ('ADM_OCC_STATE', 'ADM_OCC_PARTY', 'ADM_OCC_COMMUNE', 'ADM_OCC_VILLAGE', 'ADM_OCC_PUBLIC_SERVICE', 'ADM_OCC_PRIVATE_SERVICE', 'ADM_OCC_ENTERPRISE', 'ADM_OCC_FARMING', 'ADM_OCC_ARMED', 'ADM_OCC_STUDENT', 'ADM_OCC_PUPIL', 'ADM_OCC_OTHER') AND "sumOfId" IS NULL;
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'ADM_OCC_ENTERPRISE'), "sumSign" = 1, "sumGroup" = NULL
  WHERE "code" IN ('ADM_OCC_ENTERPRISE_MANAGER', 'ADM_OCC_ENTERPRISE_STAFF', 'ADM_OCC_ENTERPRISE_WORKER') AND "sumOfId" IS NULL;
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED'), "sumSign" = 1, "sumGroup" = 'AGE'
  WHERE "code" IN ('ADM_AGE_18_30', 'ADM_AGE_31_35', 'ADM_AGE_36_40', 'ADM_AGE_41_45', 'ADM_AGE_46_50', 'ADM_AGE_51_55', 'ADM_AGE_56_60', 'ADM_AGE_OVER_60') AND "sumOfId" IS NULL;
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED'), "sumSign" = 1, "sumGroup" = 'SCHOOLING'
  WHERE "code" IN ('ADM_EDU_LITERATE', 'ADM_EDU_PRIMARY', 'ADM_EDU_LOWER_SECONDARY', 'ADM_EDU_UPPER_SECONDARY') AND "sumOfId" IS NULL;
INSERT INTO "StatFormLine" ("formCode", "formOrder", "label", "indent", "dataElementId", "countKind", "countIfElementId")
SELECT v.* FROM (VALUES
  ('2', 1, 'I. Tổng số đảng viên mới kết nạp', 0, (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED'), NULL::"CommitteeKind", NULL::int),
  ('2', 8, 'II. Phân tích đảng viên mới kết nạp', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('2', 9, '1. Nghề nghiệp', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('2', 25, '2. Tuổi đời:', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('2', 34, '- Tuổi bình quân', 1, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('2', 35, '3. Trình độ giáo dục phổ thông', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('2', 40, '4. Trình độ chuyên môn nghiệp vụ', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('2', 47, '5. Chức danh khoa học', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('2', 50, 'III. Số tổ chức cơ sở đảng có đến cuối kỳ báo cáo', 0, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('2', 51, '1. Đảng bộ cơ sở', 1, NULL::int, 'GRASSROOTS'::"CommitteeKind", NULL::int),
  ('2', 52, 'Trong đó: + Có kết nạp đảng viên', 2, NULL::int, 'GRASSROOTS'::"CommitteeKind", (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED')),
  ('2', 53, '+ Không còn quần chúng', 2, NULL::int, NULL::"CommitteeKind", NULL::int),
  ('2', 54, '2. Chi bộ cơ sở', 1, NULL::int, 'GRASSROOTS_CELL'::"CommitteeKind", NULL::int),
  ('2', 55, 'Trong đó: + Có kết nạp đảng viên', 2, NULL::int, 'GRASSROOTS_CELL'::"CommitteeKind", (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED')),
  ('2', 56, '+ Không còn quần chúng', 2, NULL::int, NULL::"CommitteeKind", NULL::int)
) AS v WHERE EXISTS (SELECT 1 FROM "DataElement" WHERE "code" = 'MEMBERS_ADMITTED');
