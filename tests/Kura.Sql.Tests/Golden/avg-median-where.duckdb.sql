WITH "kura_bounded" AS (
  SELECT "t0"."prefecture" AS "k0", (2 * CAST(ROUND(LEAST(GREATEST(CAST("t0"."cost" AS DOUBLE), CAST(0 AS DOUBLE)), CAST(1000.5 AS DOUBLE)) * CAST(10 AS DOUBLE)) AS BIGINT) - (10005)) AS "v0", "t0"."cost" AS "v1", (LEAST(GREATEST(CAST("t0"."age" AS BIGINT), 0), 120) - (0)) AS "v2"
  FROM "ds"."claims" AS "t0"
  WHERE "t0"."__kura_rank" <= 5 AND (("t0"."傷病名" LIKE 'E11%' ESCAPE '\') AND ("t0"."service_date" >= DATE '2024-01-01'))
)
SELECT 0 AS "part", "k0", CAST(NULL AS BIGINT) AS "bin", SUM("v0") AS "m0", COUNT("v1") AS "m1", CAST(NULL AS BIGINT) AS "cell" FROM "kura_bounded" GROUP BY "k0"
UNION ALL
SELECT 3 AS "part", "k0", "v2", NULL, NULL, COUNT(*) FROM "kura_bounded" WHERE "v2" IS NOT NULL GROUP BY "k0", "v2"
