-- Tokens now expire. Those created before get 90 days from this upgrade, time to replace them with tokens of a
-- chosen lifetime.
ALTER TABLE "ApiToken" ADD COLUMN "expiresAt" TIMESTAMP(3);
UPDATE "ApiToken" SET "expiresAt" = CURRENT_TIMESTAMP + interval '90 days';
ALTER TABLE "ApiToken" ALTER COLUMN "expiresAt" SET NOT NULL;
