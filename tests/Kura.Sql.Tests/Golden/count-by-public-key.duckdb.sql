WITH "kura_bounded" AS (
  SELECT "t0"."sex" AS "k0"
  FROM "ds"."claims" AS "t0"
  WHERE "t0"."__kura_rank" <= 5
)
SELECT 0 AS "part", CAST("k0" AS VARCHAR) AS "key0", CAST(NULL AS BIGINT) AS "bin", COUNT(*) AS "m0", CAST(NULL AS BIGINT) AS "cell" FROM "kura_bounded" GROUP BY "k0"
