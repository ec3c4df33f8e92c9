-- Đảng bộ bộ phận: a committee inside a grassroots committee with cells of its own (a faculty of a university, a
-- branch of an enterprise). Biểu 5-BTCTW counts them (column 5); before this kind the form printed that column empty.
ALTER TYPE "CommitteeKind" ADD VALUE IF NOT EXISTS 'PARTIAL_GRASSROOTS' BEFORE 'CELL';
