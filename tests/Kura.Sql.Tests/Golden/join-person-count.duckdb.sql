WITH "kura_bounded" AS (
  SELECT TRY((FLOOR(((CASE WHEN CAST("t0"."age" AS DOUBLE) < CAST((-1000000000000000) AS DOUBLE) THEN CAST((-1000000000000000) AS DOUBLE) WHEN CAST("t0"."age" AS DOUBLE) > CAST(1000000000000000 AS DOUBLE) THEN CAST(1000000000000000 AS DOUBLE) ELSE CAST("t0"."age" AS DOUBLE) END) / NULLIF(CAST(10 AS DOUBLE), 0))) * CAST(10 AS DOUBLE))) AS "k0", "t0"."patient_id" AS "p"
  FROM "ds"."claims" AS "t0"
  LEFT JOIN "ds"."patients" AS "t1" ON "t1"."patient_id" = "t0"."patient_id" AND "t1"."__kura_rank" <= 1
  WHERE "t0"."__kura_rank" <= 5 AND ("t1"."region" = 'O''Hare')
)
SELECT 0 AS "part", CAST("k0" AS VARCHAR) AS "key0", CAST(NULL AS BIGINT) AS "bin", COUNT(DISTINCT "p") AS "m0", CAST(NULL AS BIGINT) AS "cell" FROM "kura_bounded" GROUP BY "k0"
