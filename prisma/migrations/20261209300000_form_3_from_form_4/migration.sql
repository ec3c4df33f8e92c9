-- Enter once, report twice: Biểu 3's women, ethnic-minority and religious members are Biểu 4's rows added up (the
-- women of every ethnic group; every ethnic group but Kinh and "Quốc tịch gốc nước ngoài"; every religion), printed as
-- lines of Biểu 3, never typed a second time where they could disagree with Biểu 4.
-- (Written to run again unchanged, as the catalogue migrations before it.)
ALTER TABLE "StatFormLine" ADD COLUMN IF NOT EXISTS "sumOfIds" INTEGER[] NOT NULL DEFAULT '{}';
-- A line prints one thing: a heading, an element, a count of organizations, or a sum of elements.
ALTER TABLE "StatFormLine" DROP CONSTRAINT IF EXISTS "StatFormLine_one_sum";
ALTER TABLE "StatFormLine" ADD CONSTRAINT "StatFormLine_one_sum" CHECK (cardinality("sumOfIds") = 0 OR ("dataElementId" IS NULL AND "countKind" IS NULL));

INSERT INTO "StatFormLine" ("formCode", "formOrder", "label", "indent", "sumOfIds")
SELECT v."formCode", v."formOrder", v."label", 1, v."ids" FROM (VALUES
  ('3', 2, 'Trong đó: - Nữ', ARRAY(SELECT "id" FROM "DataElement" WHERE "formCode" = '4' AND "code" LIKE 'ETHNIC\_%\_WOMEN' ORDER BY "formOrder")),
  ('3', 4, '- Dân tộc thiểu số', ARRAY(SELECT "id" FROM "DataElement" WHERE "formCode" = '4' AND "code" LIKE 'ETHNIC\_%' AND "code" NOT LIKE '%\_WOMEN'
                                     AND "code" NOT IN ('ETHNIC_KINH', 'ETHNIC_FOREIGN_ORIGIN') ORDER BY "formOrder")),
  ('3', 5, '- Người theo tôn giáo', ARRAY(SELECT "id" FROM "DataElement" WHERE "formCode" = '4' AND "code" LIKE 'RELIGION\_%' AND "code" NOT LIKE '%\_WOMEN' ORDER BY "formOrder"))
) AS v("formCode", "formOrder", "label", "ids")
WHERE cardinality(v."ids") > 0 AND EXISTS (SELECT 1 FROM "DataElement" WHERE "code" = 'MEMBERS_TOTAL')
ON CONFLICT ("formCode", "formOrder") DO NOTHING;
