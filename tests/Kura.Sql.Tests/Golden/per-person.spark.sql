WITH `kura_bounded` AS (
  SELECT (CASE WHEN CAST(`t0`.`n` AS BIGINT) < 0 THEN 0 WHEN CAST(`t0`.`n` AS BIGINT) > 5 THEN 5 ELSE CAST(`t0`.`n` AS BIGINT) - 0 END) AS `v0`, CAST(FLOOR((CASE WHEN CAST(`t0`.`total` AS DOUBLE) < CAST(0 AS DOUBLE) THEN CAST(0 AS DOUBLE) WHEN CAST(`t0`.`total` AS DOUBLE) > CAST(5002.5 AS DOUBLE) THEN CAST(5002.5 AS DOUBLE) ELSE CAST(`t0`.`total` AS DOUBLE) END) * CAST(10 AS DOUBLE) + CAST(0.5 AS DOUBLE)) AS BIGINT) AS `v1`
  FROM (
    SELECT `s0`.`patient_id` AS `patient_id`, COUNT(*) AS `n`, (CAST(SUM(CAST(CAST(FLOOR((CASE WHEN CAST(`s0`.`cost` AS DOUBLE) < CAST(0 AS DOUBLE) THEN CAST(0 AS DOUBLE) WHEN CAST(`s0`.`cost` AS DOUBLE) > CAST(1000.5 AS DOUBLE) THEN CAST(1000.5 AS DOUBLE) ELSE CAST(`s0`.`cost` AS DOUBLE) END) * CAST(10 AS DOUBLE) + CAST(0.5 AS DOUBLE)) AS BIGINT) AS DECIMAL(38,0))) AS DOUBLE) / CAST(10 AS DOUBLE)) AS `total`
    FROM `ds`.`claims` AS `s0`
    JOIN `ds`.`patients` AS `s1` ON `s1`.`patient_id` = `s0`.`patient_id` AND `s1`.`__kura_rank` <= 1
    WHERE `s0`.`__kura_rank` <= 5 AND (`s1`.`region` = 'east')
    GROUP BY `s0`.`patient_id`
  ) AS `t0`
  WHERE (`t0`.`n` >= 2)
)
SELECT 0 AS `part`, CAST(NULL AS BIGINT) AS `bin`, (2 * SUM(CAST(`v1` AS DECIMAL(38,0))) - 50025 * CAST(COUNT(`v1`) AS DECIMAL(38,0))) AS `m1`, COUNT(`v1`) AS `m2`, COUNT(*) AS `m3`, CAST(NULL AS BIGINT) AS `cell` FROM `kura_bounded`
UNION ALL
SELECT 1 AS `part`, `v0`, NULL, NULL, NULL, COUNT(*) FROM `kura_bounded` WHERE `v0` IS NOT NULL GROUP BY `v0`
