WITH `kura_bounded` AS (
  SELECT `t0`.`prefecture` AS `k0`, CAST(FLOOR((CASE WHEN CAST(`t0`.`cost` AS DOUBLE) < CAST(0 AS DOUBLE) THEN CAST(0 AS DOUBLE) WHEN CAST(`t0`.`cost` AS DOUBLE) > CAST(1000.5 AS DOUBLE) THEN CAST(1000.5 AS DOUBLE) ELSE CAST(`t0`.`cost` AS DOUBLE) END) * CAST(10 AS DOUBLE) + CAST(0.5 AS DOUBLE)) AS BIGINT) AS `v0`, (CASE WHEN CAST(`t0`.`age` AS BIGINT) < 0 THEN 0 WHEN CAST(`t0`.`age` AS BIGINT) > 120 THEN 120 ELSE CAST(`t0`.`age` AS BIGINT) - 0 END) AS `v2`
  FROM `ds`.`claims` AS `t0`
  WHERE `t0`.`__kura_rank` <= 5 AND ((`t0`.`傷病名` LIKE 'E11%' ESCAPE '\\') AND (`t0`.`service_date` >= DATE '2024-01-01'))
)
SELECT 0 AS `part`, `k0`, CAST(NULL AS BIGINT) AS `bin`, (2 * SUM(CAST(`v0` AS DECIMAL(38,0))) - 10005 * CAST(COUNT(`v0`) AS DECIMAL(38,0))) AS `m0`, COUNT(`v0`) AS `m1`, CAST(NULL AS BIGINT) AS `cell` FROM `kura_bounded` GROUP BY `k0`
UNION ALL
SELECT 3 AS `part`, `k0`, `v2`, NULL, NULL, COUNT(*) FROM `kura_bounded` WHERE `v2` IS NOT NULL GROUP BY `k0`, `v2`
