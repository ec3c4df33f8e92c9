-- The committee picker searches "searchKey": code, name and English name without Vietnamese marks, in lower case
-- (lib/committees/search-key.ts makes the same key in the app). A trigger keeps it, so every writer (the app,
-- the seed, the benchmark generator, psql) leaves it right.
ALTER TABLE "Committee" ADD COLUMN "searchKey" TEXT NOT NULL DEFAULT '';

CREATE FUNCTION "committee_search_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchKey" := translate(NEW."code" || ' ' || NEW."name" || coalesce(' ' || NEW."nameEn", ''),
    'AàÀáÁạẠảẢãÃâÂầẦấẤậẬẩẨẫẪăĂằẰắẮặẶẳẲẵẴEèÈéÉẹẸẻẺẽẼêÊềỀếẾệỆểỂễỄIìÌíÍịỊỉỈĩĨOòÒóÓọỌỏỎõÕôÔồỒốỐộỘổỔỗỖơƠờỜớỚợỢởỞỡỠUùÙúÚụỤủỦũŨưƯừỪứỨựỰửỬữỮYỳỲýÝỵỴỷỶỹỸDđĐBCFGHJKLMNPQRSTVWXZ',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiiiooooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyyydddbcfghjklmnpqrstvwxz');
  RETURN NEW;
END
$$;

CREATE TRIGGER "committee_search_key" BEFORE INSERT OR UPDATE OF "code", "name", "nameEn", "searchKey" ON "Committee"
  FOR EACH ROW EXECUTE FUNCTION "committee_search_key"();

UPDATE "Committee" SET "searchKey" = '';
