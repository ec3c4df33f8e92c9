-- The Organization Commission's statistical forms (Hướng dẫn 11-HD/BTCTW) as data elements: each criterion knows
-- its form, its row there (the form's own numbering and words), and the form's identities, so one entry feeds the
-- targets and the forms. Biểu 1's row "1. Kết nạp" IS the admissions element and its row D IS the members at
-- year end: stored figures, rollups and targets keep their numbers (no figure is touched).
ALTER TABLE "DataElement"
  ADD COLUMN "formCode" TEXT,
  ADD COLUMN "formRow" TEXT,
  ADD COLUMN "formOrder" INTEGER,
  ADD COLUMN "formIndent" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "sumOfId" INTEGER,
  ADD COLUMN "sumSign" INTEGER,
  ADD COLUMN "carriedFromId" INTEGER;

ALTER TABLE "DataElement" ADD CONSTRAINT "DataElement_sumOfId_fkey" FOREIGN KEY ("sumOfId") REFERENCES "DataElement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DataElement" ADD CONSTRAINT "DataElement_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "DataElement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- A term has a sign exactly when it belongs to a sum; a form row has its place.
ALTER TABLE "DataElement" ADD CONSTRAINT "DataElement_sum_sign" CHECK (("sumOfId" IS NULL AND "sumSign" IS NULL) OR "sumSign" IN (1, -1));
ALTER TABLE "DataElement" ADD CONSTRAINT "DataElement_form_row" CHECK ("formCode" IS NULL OR ("formRow" IS NOT NULL AND "formOrder" IS NOT NULL));

-- An installation that has the standard catalogue gets Biểu 1's other rows (a fresh one gets them from the seed).
INSERT INTO "DataElement" ("code", "nameVi", "nameEn", "unitVi", "unitEn", "valueType", "aggregation", "entryLevel", "groupCode", "sortOrder", "formCode", "formRow", "formOrder", "formIndent", "sumSign")
SELECT v.* FROM (VALUES
  ('MEMBERS_START', 'Đảng viên đầu năm (cuối kỳ trước chuyển sang)', 'Members at the start of the year', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 23, '1', 'A - Tổng số đảng viên cuối kỳ trước chuyển sang', 1, 0, 1),
  ('MEMBERS_INCREASE', 'Đảng viên tăng trong năm', 'Members joined during the year', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 24, '1', 'B - Đảng viên tăng trong kỳ', 2, 0, 1),
  ('MEMBERS_TRANSFERRED_IN', 'Đảng viên chuyển đến', 'Members transferred in', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 25, '1', '2. Chuyển đến', 4, 1, 1),
  ('MEMBERS_IN_OTHER_PROVINCE', 'Đảng viên từ tỉnh khác chuyển đến', 'Transferred in from another province', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 26, '1', 'a. Tỉnh khác chuyển đến', 5, 2, 1),
  ('MEMBERS_IN_OTHER_DISTRICT', 'Đảng viên từ huyện khác trong tỉnh chuyển đến', 'Transferred in from another district of the province', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 27, '1', 'b. Huyện khác trong tỉnh chuyển đến', 6, 2, 1),
  ('MEMBERS_REINSTATED', 'Đảng viên được phục hồi đảng tịch', 'Members reinstated', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 28, '1', '3. Phục hồi đảng tịch', 7, 1, 1),
  ('MEMBERS_DECREASE', 'Đảng viên giảm trong năm', 'Members who left during the year', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 29, '1', 'C - Đảng viên giảm trong kỳ', 8, 0, -1),
  ('MEMBERS_DIED', 'Đảng viên từ trần', 'Members deceased', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 30, '1', '1. Từ trần', 9, 1, 1),
  ('MEMBERS_EXPELLED', 'Đảng viên bị khai trừ', 'Members expelled', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 31, '1', '2. Khai trừ', 10, 1, 1),
  ('MEMBERS_STRUCK_OFF', 'Đảng viên bị xóa tên', 'Members struck off the roll', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 32, '1', '3. Xóa tên', 11, 1, 1),
  ('MEMBERS_STRUCK_OFF_PROBATIONARY', 'Đảng viên dự bị bị xóa tên', 'Probationary members struck off', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 33, '1', 'Trong đó: Đảng viên dự bị', 12, 2, NULL),
  ('MEMBERS_RESIGNED', 'Đảng viên xin ra khỏi Đảng', 'Members who resigned from the Party', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 34, '1', '4. Xin ra khỏi Đảng', 13, 1, 1),
  ('MEMBERS_TRANSFERRED_OUT', 'Đảng viên chuyển đi', 'Members transferred out', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 35, '1', '5. Chuyển đi', 14, 1, 1),
  ('MEMBERS_OUT_OTHER_PROVINCE', 'Đảng viên chuyển đi tỉnh khác', 'Transferred out to another province', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 36, '1', 'a. Chuyển đi tỉnh khác', 15, 2, 1),
  ('MEMBERS_OUT_OTHER_DISTRICT', 'Đảng viên chuyển đi huyện khác trong tỉnh', 'Transferred out to another district of the province', 'đảng viên', 'members', 'COUNT'::"ValueType", 'SUM'::"Aggregation", 'LEAF'::"EntryLevel", 'FORM_1', 37, '1', 'b. Chuyển đi huyện khác trong tỉnh', 16, 2, 1)
) AS v WHERE EXISTS (SELECT 1 FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL')
ON CONFLICT ("code") DO NOTHING;
UPDATE "DataElement" SET "formCode" = '1', "formRow" = 'D - Đảng viên trong danh sách cuối kỳ báo cáo', "formOrder" = 17, "formIndent" = 0 WHERE "code" = 'MEMBERS_TOTAL';
UPDATE "DataElement" SET "formCode" = '1', "formRow" = '1. Kết nạp', "formOrder" = 3, "formIndent" = 1, "sumSign" = 1 WHERE "code" = 'MEMBERS_ADMITTED';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_INCREASE') WHERE "code" = 'MEMBERS_ADMITTED';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL'), "carriedFromId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL') WHERE "code" = 'MEMBERS_START';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL') WHERE "code" = 'MEMBERS_INCREASE';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_INCREASE') WHERE "code" = 'MEMBERS_TRANSFERRED_IN';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TRANSFERRED_IN') WHERE "code" = 'MEMBERS_IN_OTHER_PROVINCE';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TRANSFERRED_IN') WHERE "code" = 'MEMBERS_IN_OTHER_DISTRICT';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_INCREASE') WHERE "code" = 'MEMBERS_REINSTATED';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL') WHERE "code" = 'MEMBERS_DECREASE';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_DECREASE') WHERE "code" = 'MEMBERS_DIED';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_DECREASE') WHERE "code" = 'MEMBERS_EXPELLED';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_DECREASE') WHERE "code" = 'MEMBERS_STRUCK_OFF';
UPDATE "DataElement" SET "partOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_STRUCK_OFF') WHERE "code" = 'MEMBERS_STRUCK_OFF_PROBATIONARY';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_DECREASE') WHERE "code" = 'MEMBERS_RESIGNED';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_DECREASE') WHERE "code" = 'MEMBERS_TRANSFERRED_OUT';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TRANSFERRED_OUT') WHERE "code" = 'MEMBERS_OUT_OTHER_PROVINCE';
UPDATE "DataElement" SET "sumOfId" = (SELECT "id" FROM "DataElement" WHERE "code" = 'MEMBERS_TRANSFERRED_OUT') WHERE "code" = 'MEMBERS_OUT_OTHER_DISTRICT';
