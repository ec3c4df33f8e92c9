-- Biểu số 5-BTCTW counts Party organizations and members by type of grassroots (xã, phường, cơ quan, doanh
-- nghiệp…): the type is a fact of the grassroots organization, set on the unit (edit form, tree file), so the form
-- is counted from the tree and never typed. Null until someone sets it; no figure or rollup is touched.
CREATE TYPE "GrassrootsType" AS ENUM ('COMMUNE', 'WARD', 'TOWNSHIP', 'PARTY_AGENCY', 'STATE_AGENCY', 'PUBLIC_SERVICE', 'NON_PUBLIC_SERVICE', 'ARMY', 'POLICE', 'STATE_ENTERPRISE_FULL', 'STATE_ENTERPRISE_MAJORITY', 'STATE_ENTERPRISE_MINORITY', 'JOINT_STOCK', 'PRIVATE_ENTERPRISE', 'LIMITED_LIABILITY', 'PARTNERSHIP', 'FOREIGN_INVESTED', 'FOREIGN_OWNED', 'COOPERATIVE', 'OVERSEAS', 'OTHER');
ALTER TABLE "Committee" ADD COLUMN "grassrootsType" "GrassrootsType";
