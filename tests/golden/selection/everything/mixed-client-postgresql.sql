-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='stats+orders', excluded=False, client='C-00042')
WITH agg AS 
(SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1::INTEGER) THEN :param_6::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_8::BIGINT - client_order_stats.last_order_at) / :param_9::BIGINT) * :param_10::BIGINT) THEN :param_11::INTEGER ELSE :param_12::INTEGER END AS overdue 
FROM client_order_stats 
WHERE client_order_stats.last_order_at <= :last_order_at_1::BIGINT AND (client_order_stats.client_id NOT IN (SELECT client_order_stats_stale.client_id 
FROM client_order_stats_stale)) UNION ALL SELECT agg0.client_id AS client_id, agg0.n_all AS n_all, agg0.last_at AS last_at, agg0.rev_w AS rev_w, agg0.n_w AS n_w, agg0.first_at AS first_w, CASE WHEN (agg0.n_all < :n_all_1::INTEGER) THEN :param_13::INTEGER WHEN (CAST(:param_14 AS DOUBLE PRECISION) * ((agg0.last_at - agg0.first_at) / (((agg0.n_all - :n_all_2::INTEGER) + :param_15::INTEGER) / :param_16::INTEGER)) <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_19::BIGINT) THEN :param_20::INTEGER ELSE (SELECT CASE WHEN ((agg0.n_all - :n_all_2::INTEGER) % :param_21::INTEGER = :param_22::INTEGER AND :sum_1::INTEGER * sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE PRECISION) * g.gap <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_24::BIGINT) THEN :param_25::INTEGER ELSE :param_26::INTEGER END) >= (agg0.n_all - :n_all_2::INTEGER) + :param_27::INTEGER OR (agg0.n_all - :n_all_2::INTEGER) % :param_21::INTEGER != :param_22::INTEGER AND (sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE PRECISION) * g.gap <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_24::BIGINT) THEN :param_25::INTEGER ELSE :param_26::INTEGER END) >= (agg0.n_all - :n_all_2::INTEGER) / :param_28::INTEGER + :param_29::INTEGER OR sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE PRECISION) * g.gap <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_24::BIGINT) THEN :param_25::INTEGER ELSE :param_26::INTEGER END) = (agg0.n_all - :n_all_2::INTEGER) / :param_28::INTEGER AND CAST(:param_30 AS DOUBLE PRECISION) * (max(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE PRECISION) * g.gap <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_24::BIGINT) THEN g.gap END) + min(CASE WHEN (g.gap IS NOT NULL AND NOT (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE PRECISION) * g.gap <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_24::BIGINT)) THEN g.gap END)) <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_31::BIGINT)) THEN :param_32::INTEGER ELSE :param_33::INTEGER END AS anon_1 
FROM (SELECT o2.placed_at - lag(o2.placed_at) OVER (ORDER BY o2.placed_at) AS gap 
FROM orders AS o2 
WHERE o2.client_id = agg0.client_id AND o2.placed_at <= :placed_at_1::BIGINT) AS g) END AS overdue 
FROM (SELECT orders.client_id AS client_id, count(*) AS n_all, max(orders.placed_at) AS last_at, min(orders.placed_at) AS first_at, CAST(sum(orders.amount_minor) AS BIGINT) AS rev_w, count(*) AS n_w 
FROM orders 
WHERE orders.placed_at <= :placed_at_2::BIGINT AND orders.client_id IN (SELECT client_order_stats_stale.client_id 
FROM client_order_stats_stale UNION SELECT client_order_stats.client_id 
FROM client_order_stats 
WHERE client_order_stats.last_order_at > :last_order_at_2::BIGINT) GROUP BY orders.client_id) AS agg0), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1::INTEGER) THEN :param_3::INTEGER ELSE :param_4::INTEGER END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2::BIGINT) THEN agg.rev_w ELSE :param_5::INTEGER END) AS BIGINT) AS rev_total 
FROM agg), 
scored_again AS 
(SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_142::INTEGER AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_143::INTEGER) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4::INTEGER) THEN :param_144::INTEGER ELSE :param_145::INTEGER END AS active, CASE WHEN (agg.rev_w > :rev_w_6::BIGINT) THEN agg.rev_w ELSE :param_146::INTEGER END AS positive 
FROM agg) AS ranking), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id COLLATE "C" AS anon_4 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_147::INTEGER AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_7::BIGINT AND scored_again.peers > :peers_5::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_148::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_149::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_6::INTEGER) * scored_again.rev_w) * :param_150::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_151::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_152::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_153::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_6::INTEGER) * scored_again.rev_w) * :param_154::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_155::BIGINT)), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_156::INTEGER) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE PRECISION) / CAST(CAST(sum(hist.cnt) OVER () - :param_157::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_158 AS DOUBLE PRECISION) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM agg 
WHERE agg.n_w > :n_w_5::INTEGER GROUP BY agg.n_w) AS hist), 
nps AS 
(SELECT nps_ranked.client_id AS client_id, nps_ranked.score AS score, nps_ranked.answered_at AS answered_at 
FROM (SELECT nps_answers.client_id AS client_id, nps_answers.score AS score, nps_answers.answered_at AS answered_at, row_number() OVER (PARTITION BY nps_answers.client_id ORDER BY nps_answers.answered_at DESC) AS rn 
FROM nps_answers 
WHERE nps_answers.answered_at <= :answered_at_2::BIGINT) AS nps_ranked 
WHERE nps_ranked.rn = :rn_1::INTEGER), 
conflict AS 
(SELECT incidents.client_id AS client_id 
FROM incidents 
WHERE incidents.kind IN (__[POSTCOMPILE_kind_1]) AND incidents.occurred_at <= :occurred_at_1::BIGINT AND incidents.occurred_at >= :occurred_at_2::BIGINT GROUP BY incidents.client_id), 
inquiries AS 
(SELECT incidents.client_id AS client_id, count(*) AS n 
FROM incidents 
WHERE incidents.kind = :kind_2::VARCHAR AND incidents.occurred_at <= :occurred_at_3::BIGINT GROUP BY incidents.client_id), 
unreachable AS 
(SELECT attempts.client_id AS client_id 
FROM (SELECT incidents.client_id AS client_id, incidents.outcome AS outcome, row_number() OVER (PARTITION BY incidents.client_id ORDER BY incidents.occurred_at DESC) AS rn 
FROM incidents 
WHERE incidents.kind = :kind_3::VARCHAR AND incidents.occurred_at <= :occurred_at_4::BIGINT) AS attempts 
WHERE attempts.rn <= :rn_2::INTEGER GROUP BY attempts.client_id 
HAVING count(*) = :count_2::INTEGER AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_8::VARCHAR) = :coalesce_9::VARCHAR) THEN :param_165::INTEGER ELSE :param_166::INTEGER END) = :sum_2::INTEGER), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1::SMALLINT AND nps.answered_at >= :answered_at_1::BIGINT) THEN :param_159::INTEGER ELSE :param_160::INTEGER END AS bits 
FROM nps UNION ALL SELECT conflict.client_id AS client_id, :param_161::INTEGER AS bits 
FROM conflict UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1::INTEGER) THEN :param_162::INTEGER ELSE :param_163::INTEGER END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_164::INTEGER AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1::INTEGER) AS n_w, coalesce(scored.rev_w, :coalesce_2::INTEGER) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_86 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_2::INTEGER) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_87::INTEGER) THEN CAST(scored.below AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_88::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_89 AS DOUBLE PRECISION) END ELSE CAST(:param_90 AS DOUBLE PRECISION) END + CAST(:param_91 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_3::INTEGER) THEN pr_n.pr_n ELSE CAST(:param_92 AS DOUBLE PRECISION) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND (:param_93::BIGINT - scored.last_at) / :param_94::BIGINT >= :param_95::BIGINT AND (:param_93::BIGINT - scored.last_at) / :param_94::BIGINT <= :param_96::BIGINT, false) AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) AND coalesce((crit.bits & :bits_1::INTEGER) != :param_97::INTEGER, false) AND coalesce((crit.bits & :bits_2::INTEGER) != :param_98::INTEGER, false) AND coalesce(false, false) AND coalesce((crit.bits & :bits_3::INTEGER) != :param_99::INTEGER, false))) THEN :param_100::VARCHAR WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_101::VARCHAR WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_102::VARCHAR WHEN (coalesce(scored.n_w, :coalesce_1::INTEGER) < :coalesce_4::INTEGER) THEN :param_103::VARCHAR WHEN (coalesce(scored.rev_w, :coalesce_2::INTEGER) < :coalesce_5::BIGINT) THEN :param_104::VARCHAR WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_105::VARCHAR WHEN (scored.rev_w <= :rev_w_4::BIGINT) THEN :param_106::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_5::BIGINT AND scored.peers > :peers_3::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_107::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_108::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4::INTEGER) * scored.rev_w) * :param_109::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_110::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_111::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_112::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4::INTEGER) * scored.rev_w) * :param_113::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_114::BIGINT)) THEN boundary.place ELSE :param_115::INTEGER END * scored.rev_w) * :param_116::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_117::BIGINT) THEN :param_118::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_5::BIGINT AND scored.peers > :peers_3::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_107::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_108::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4::INTEGER) * scored.rev_w) * :param_109::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_110::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_111::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_112::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4::INTEGER) * scored.rev_w) * :param_113::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_114::BIGINT)) THEN boundary.place ELSE :param_115::INTEGER END * scored.rev_w) * :param_119::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_120::BIGINT) THEN :param_121::VARCHAR ELSE :param_122::VARCHAR END NOT IN (__[POSTCOMPILE_param_123]))) THEN :param_124::VARCHAR WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1::VARCHAR AND assignments.created_at >= :created_at_1::BIGINT AND coalesce(assignments.outcome, :coalesce_6::VARCHAR) != :coalesce_7::VARCHAR)) THEN :param_125::VARCHAR WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_126::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_127::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2::VARCHAR AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_128::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_129::VARCHAR END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_93::BIGINT - scored.last_at) / :param_94::BIGINT >= :param_95::BIGINT AND (:param_93::BIGINT - scored.last_at) / :param_94::BIGINT <= :param_96::BIGINT, false) THEN :param_130::INTEGER ELSE :param_131::INTEGER END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) THEN :param_132::INTEGER ELSE :param_133::INTEGER END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1::INTEGER) != :param_97::INTEGER, false) THEN :param_134::INTEGER ELSE :param_135::INTEGER END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2::INTEGER) != :param_98::INTEGER, false) THEN :param_136::INTEGER ELSE :param_137::INTEGER END AS f_conflict, CASE WHEN coalesce(false, false) THEN :param_138::INTEGER ELSE :param_139::INTEGER END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_3::INTEGER) != :param_99::INTEGER, false) THEN :param_140::INTEGER ELSE :param_141::INTEGER END AS f_unreachable 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_142::INTEGER AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_143::INTEGER) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4::INTEGER) THEN :param_144::INTEGER ELSE :param_145::INTEGER END AS active, CASE WHEN (agg.rev_w > :rev_w_6::BIGINT) THEN agg.rev_w ELSE :param_146::INTEGER END AS positive 
FROM agg) AS ranking) AS scored LEFT OUTER JOIN boundary ON boundary.client_id = scored.client_id LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w LEFT OUTER JOIN crit ON crit.client_id = scored.client_id 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_93::BIGINT - scored.last_at) / :param_94::BIGINT >= :param_95::BIGINT AND (:param_93::BIGINT - scored.last_at) / :param_94::BIGINT <= :param_96::BIGINT, false) OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) OR coalesce((crit.bits & :bits_1::INTEGER) != :param_97::INTEGER, false) OR coalesce((crit.bits & :bits_2::INTEGER) != :param_98::INTEGER, false) OR coalesce(false, false) OR coalesce((crit.bits & :bits_3::INTEGER) != :param_99::INTEGER, false) UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS BIGINT), :coalesce_10::INTEGER) AS n_w, coalesce(CAST(NULL AS BIGINT), :coalesce_11::INTEGER) AS rev_w, CAST(NULL AS BIGINT) AS last_at, CAST(NULL AS BIGINT) AS first_w, coalesce(CAST(:param_167 AS DOUBLE PRECISION) * CASE WHEN (CAST(NULL AS BIGINT) > :param_168::BIGINT) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_169::INTEGER) THEN CAST(CAST(NULL AS BIGINT) AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_170::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_171 AS DOUBLE PRECISION) END ELSE CAST(:param_172 AS DOUBLE PRECISION) END + CAST(:param_173 AS DOUBLE PRECISION) * CAST(:param_174 AS DOUBLE PRECISION), :coalesce_12) AS score, CAST(NULL AS BIGINT) AS positive_upto, CAST(NULL AS BIGINT) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_175::BIGINT - CAST(NULL AS BIGINT)) / :param_176::BIGINT >= :param_177::BIGINT AND (:param_175::BIGINT - CAST(NULL AS BIGINT)) / :param_176::BIGINT <= :param_178::BIGINT, false) AND coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_179::BIGINT, false) AND coalesce((crit.bits & :bits_4::INTEGER) != :param_180::INTEGER, false) AND coalesce((crit.bits & :bits_5::INTEGER) != :param_181::INTEGER, false) AND coalesce((crit.bits & :bits_6::INTEGER) != :param_182::INTEGER, false) AND coalesce((crit.bits & :bits_7::INTEGER) != :param_183::INTEGER, false))) THEN :param_184::VARCHAR WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_185::VARCHAR WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_186::VARCHAR WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_10::INTEGER) < :coalesce_13::BIGINT) THEN :param_187::VARCHAR WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_11::INTEGER) < :coalesce_14::BIGINT) THEN :param_188::VARCHAR WHEN ((CASE WHEN (CAST(NULL AS BIGINT) IS NULL) THEN :param_189::VARCHAR WHEN (CAST(NULL AS BIGINT) <= :param_190::BIGINT) THEN :param_191::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_192::BIGINT AND CAST(NULL AS BIGINT) > :param_193::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_194::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_195::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_196::BIGINT) * CAST(NULL AS BIGINT)) * :param_197::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_198::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_199::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_200::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_196::BIGINT) * CAST(NULL AS BIGINT)) * :param_201::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_202::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_203::INTEGER END * CAST(NULL AS BIGINT)) * :param_204::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_205::BIGINT) THEN :param_206::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_192::BIGINT AND CAST(NULL AS BIGINT) > :param_193::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_194::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_195::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_196::BIGINT) * CAST(NULL AS BIGINT)) * :param_197::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_198::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_199::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_200::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_196::BIGINT) * CAST(NULL AS BIGINT)) * :param_201::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_202::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_203::INTEGER END * CAST(NULL AS BIGINT)) * :param_207::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_208::BIGINT) THEN :param_209::VARCHAR ELSE :param_210::VARCHAR END NOT IN (__[POSTCOMPILE_param_211]))) THEN :param_212::VARCHAR WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2::VARCHAR AND assignments.created_at >= :created_at_2::BIGINT AND coalesce(assignments.outcome, :coalesce_15::VARCHAR) != :coalesce_16::VARCHAR)) THEN :param_213::VARCHAR WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_126::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_127::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2::VARCHAR AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_128::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_214::VARCHAR END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_175::BIGINT - CAST(NULL AS BIGINT)) / :param_176::BIGINT >= :param_177::BIGINT AND (:param_175::BIGINT - CAST(NULL AS BIGINT)) / :param_176::BIGINT <= :param_178::BIGINT, false) THEN :param_215::INTEGER ELSE :param_216::INTEGER END AS f_recency, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_179::BIGINT, false) THEN :param_217::INTEGER ELSE :param_218::INTEGER END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_4::INTEGER) != :param_180::INTEGER, false) THEN :param_219::INTEGER ELSE :param_220::INTEGER END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_5::INTEGER) != :param_181::INTEGER, false) THEN :param_221::INTEGER ELSE :param_222::INTEGER END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_6::INTEGER) != :param_182::INTEGER, false) THEN :param_223::INTEGER ELSE :param_224::INTEGER END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_7::INTEGER) != :param_183::INTEGER, false) THEN :param_225::INTEGER ELSE :param_226::INTEGER END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_175::BIGINT - CAST(NULL AS BIGINT)) / :param_176::BIGINT >= :param_177::BIGINT AND (:param_175::BIGINT - CAST(NULL AS BIGINT)) / :param_176::BIGINT <= :param_178::BIGINT, false) OR coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_179::BIGINT, false) OR coalesce((crit.bits & :bits_4::INTEGER) != :param_180::INTEGER, false) OR coalesce((crit.bits & :bits_5::INTEGER) != :param_181::INTEGER, false) OR coalesce((crit.bits & :bits_6::INTEGER) != :param_182::INTEGER, false) OR coalesce((crit.bits & :bits_7::INTEGER) != :param_183::INTEGER, false)) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_3::BIGINT))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1::INTEGER - min(monthly.m)) + :param_227::INTEGER AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE PRECISION) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN :param_228::INTEGER ELSE :param_229::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN :param_230::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_231::INTEGER ELSE :param_232::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_233::INTEGER ELSE :param_234::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN :param_235::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN :param_236::INTEGER ELSE :param_237::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN :param_238::INTEGER ELSE :param_239::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN :param_240::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_241::INTEGER ELSE :param_242::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_243::INTEGER ELSE :param_244::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN :param_245::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN :param_246::INTEGER ELSE :param_247::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN :param_248::INTEGER ELSE :param_249::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN :param_250::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_251::INTEGER ELSE :param_252::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_253::INTEGER ELSE :param_254::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN :param_255::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN :param_256::INTEGER ELSE :param_257::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN :param_258::INTEGER ELSE :param_259::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN :param_260::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_261::INTEGER ELSE :param_262::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_263::INTEGER ELSE :param_264::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_41::BIGINT) THEN :param_265::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_42::BIGINT) THEN :param_266::INTEGER ELSE :param_267::INTEGER END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5::BIGINT) THEN :param_268::INTEGER ELSE :param_269::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6::BIGINT) THEN :param_270::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7::BIGINT) THEN :param_271::INTEGER ELSE :param_272::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9::BIGINT) THEN :param_273::INTEGER ELSE :param_274::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10::BIGINT) THEN :param_275::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11::BIGINT) THEN :param_276::INTEGER ELSE :param_277::INTEGER END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14::BIGINT) THEN :param_278::INTEGER ELSE :param_279::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15::BIGINT) THEN :param_280::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16::BIGINT) THEN :param_281::INTEGER ELSE :param_282::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18::BIGINT) THEN :param_283::INTEGER ELSE :param_284::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19::BIGINT) THEN :param_285::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20::BIGINT) THEN :param_286::INTEGER ELSE :param_287::INTEGER END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24::BIGINT) THEN :param_288::INTEGER ELSE :param_289::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25::BIGINT) THEN :param_290::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26::BIGINT) THEN :param_291::INTEGER ELSE :param_292::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28::BIGINT) THEN :param_293::INTEGER ELSE :param_294::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29::BIGINT) THEN :param_295::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30::BIGINT) THEN :param_296::INTEGER ELSE :param_297::INTEGER END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33::BIGINT) THEN :param_298::INTEGER ELSE :param_299::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34::BIGINT) THEN :param_300::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35::BIGINT) THEN :param_301::INTEGER ELSE :param_302::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37::BIGINT) THEN :param_303::INTEGER ELSE :param_304::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38::BIGINT) THEN :param_305::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39::BIGINT) THEN :param_306::INTEGER ELSE :param_307::INTEGER END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT pending.client_id AS client_id, pending.n_w AS n_w, pending.first_w AS first_w, CASE WHEN (pending.last_at < :last_at_1::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_2::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_3::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_4::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_5::BIGINT) THEN :param_308::INTEGER ELSE :param_309::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_6::BIGINT) THEN :param_310::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_7::BIGINT) THEN :param_311::INTEGER ELSE :param_312::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_8::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_9::BIGINT) THEN :param_313::INTEGER ELSE :param_314::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_10::BIGINT) THEN :param_315::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_11::BIGINT) THEN :param_316::INTEGER ELSE :param_317::INTEGER END END END END ELSE CASE WHEN (pending.last_at < :last_at_12::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_13::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_14::BIGINT) THEN :param_318::INTEGER ELSE :param_319::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_15::BIGINT) THEN :param_320::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_16::BIGINT) THEN :param_321::INTEGER ELSE :param_322::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_17::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_18::BIGINT) THEN :param_323::INTEGER ELSE :param_324::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_19::BIGINT) THEN :param_325::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_20::BIGINT) THEN :param_326::INTEGER ELSE :param_327::INTEGER END END END END END ELSE CASE WHEN (pending.last_at < :last_at_21::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_22::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_23::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_24::BIGINT) THEN :param_328::INTEGER ELSE :param_329::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_25::BIGINT) THEN :param_330::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_26::BIGINT) THEN :param_331::INTEGER ELSE :param_332::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_27::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_28::BIGINT) THEN :param_333::INTEGER ELSE :param_334::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_29::BIGINT) THEN :param_335::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_30::BIGINT) THEN :param_336::INTEGER ELSE :param_337::INTEGER END END END END ELSE CASE WHEN (pending.last_at < :last_at_31::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_32::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_33::BIGINT) THEN :param_338::INTEGER ELSE :param_339::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_34::BIGINT) THEN :param_340::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_35::BIGINT) THEN :param_341::INTEGER ELSE :param_342::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_36::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_37::BIGINT) THEN :param_343::INTEGER ELSE :param_344::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_38::BIGINT) THEN :param_345::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_39::BIGINT) THEN :param_346::INTEGER ELSE :param_347::INTEGER END END END END END END AS last_m 
FROM (SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable 
FROM lost 
WHERE lost.excluded_by IS NULL) AS pending) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_6::INTEGER AND :param_348::INTEGER - :last_m_1::INTEGER * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40::BIGINT OR (xyz_months.last_m - xyz_months.first_m) + :param_349::INTEGER < :param_350::INTEGER OR :param_351::INTEGER * (:param_352::INTEGER - xyz_months.first_m) > :n_w_7::INTEGER * xyz_months.n_w OR :param_353::INTEGER * (:param_352::INTEGER - xyz_months.first_m) > :param_354::INTEGER * ((xyz_months.last_m - xyz_months.first_m) + :param_349::INTEGER))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_43::BIGINT AND orders.placed_at < :placed_at_44::BIGINT GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN :param_228::INTEGER ELSE :param_229::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN :param_230::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_231::INTEGER ELSE :param_232::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_233::INTEGER ELSE :param_234::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN :param_235::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN :param_236::INTEGER ELSE :param_237::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN :param_238::INTEGER ELSE :param_239::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN :param_240::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_241::INTEGER ELSE :param_242::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_243::INTEGER ELSE :param_244::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN :param_245::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN :param_246::INTEGER ELSE :param_247::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN :param_248::INTEGER ELSE :param_249::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN :param_250::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_251::INTEGER ELSE :param_252::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_253::INTEGER ELSE :param_254::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN :param_255::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN :param_256::INTEGER ELSE :param_257::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN :param_258::INTEGER ELSE :param_259::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN :param_260::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_261::INTEGER ELSE :param_262::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_263::INTEGER ELSE :param_264::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_41::BIGINT) THEN :param_265::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_42::BIGINT) THEN :param_266::INTEGER ELSE :param_267::INTEGER END END END END END END) AS monthly GROUP BY monthly.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, CASE WHEN (xyz.k IS NULL) THEN :param_76::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_77::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_78::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_79 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_80::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_81 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_82::VARCHAR ELSE :param_83::VARCHAR END AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((CASE WHEN (xyz.k IS NULL) THEN :param_76::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_77::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_78::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_79 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_80::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_81 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_82::VARCHAR ELSE :param_83::VARCHAR END NOT IN (__[POSTCOMPILE_param_84]))) THEN :param_85::VARCHAR END AS charged 
FROM lost LEFT OUTER JOIN xyz ON xyz.client_id = lost.client_id), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1::VARCHAR) THEN :param_58::INTEGER ELSE :param_59::INTEGER END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2::VARCHAR) THEN :param_60::INTEGER ELSE :param_61::INTEGER END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3::VARCHAR) THEN :param_62::INTEGER ELSE :param_63::INTEGER END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4::VARCHAR) THEN :param_64::INTEGER ELSE :param_65::INTEGER END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5::VARCHAR) THEN :param_66::INTEGER ELSE :param_67::INTEGER END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6::VARCHAR) THEN :param_68::INTEGER ELSE :param_69::INTEGER END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7::VARCHAR) THEN :param_70::INTEGER ELSE :param_71::INTEGER END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8::VARCHAR) THEN :param_72::INTEGER ELSE :param_73::INTEGER END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_74::INTEGER ELSE :param_75::INTEGER END) AS t_remaining 
FROM staged), 
target AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.charged IS NULL) THEN :param_355::INTEGER ELSE :param_356::INTEGER END AS kind 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE (clients.external_id COLLATE "C") = :param_358::VARCHAR), 
top AS 
(SELECT target.client_id AS client_id, target.n_w AS n_w, target.rev_w AS rev_w, target.last_at AS last_at, target.first_w AS first_w, target.score AS score, target.positive_upto AS positive_upto, target.peers AS peers, target.excluded_by AS excluded_by, target.f_recency AS f_recency, target.f_overdue AS f_overdue, target.f_nps AS f_nps, target.f_conflict AS f_conflict, target.f_inquiries AS f_inquiries, target.f_unreachable AS f_unreachable, target.xyz AS xyz, target.charged AS charged, target.external_id AS external_id, target.name AS name, target.email AS email, target.phone AS phone, target.telegram_chat_id AS telegram_chat_id, target.timezone AS timezone, target.locale AS locale, target.manager AS manager, target.email_consent AS email_consent, target.sms_consent AS sms_consent, target.telegram_consent AS telegram_consent, target.kind AS kind, (SELECT count(*) AS count_3 
FROM staged 
WHERE CASE WHEN (staged.charged IS NULL) THEN :param_355::INTEGER ELSE :param_356::INTEGER END = target.kind AND (staged.score > target.score OR staged.score = target.score AND (staged.rev_w > target.rev_w OR staged.rev_w = target.rev_w AND (SELECT clients.external_id COLLATE "C" AS anon_5 
FROM clients 
WHERE clients.id = staged.client_id) < (target.external_id COLLATE "C")))) + :param_357::INTEGER AS rank 
FROM target)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.charged, top.rank, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1::VARCHAR WHEN (top.rev_w <= :rev_w_1::BIGINT) THEN :param_2::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_34::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_35::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_36::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_37::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_38::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_39::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_40::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_41::BIGINT)) THEN boundary.place ELSE :param_42::INTEGER END * top.rev_w) * :param_43::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_44::BIGINT) THEN :param_45::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_34::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_35::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_36::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_37::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_38::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_39::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_40::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_41::BIGINT)) THEN boundary.place ELSE :param_42::INTEGER END * top.rev_w) * :param_46::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_47::BIGINT) THEN :param_48::VARCHAR ELSE :param_49::VARCHAR END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_50::BIGINT - top.last_at) / :param_51::BIGINT END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_52::INTEGER ELSE :param_53::INTEGER END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3::VARCHAR AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1::VARCHAR AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_4::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_54::INTEGER ELSE :param_55::INTEGER END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_56::INTEGER ELSE :param_57::INTEGER END AS s_telegram 
FROM totals LEFT OUTER JOIN top ON true LEFT OUTER JOIN boundary ON boundary.client_id = top.client_id ORDER BY top.rank;
-- parameters
-- address_1 = ''
-- address_2 = ''
-- answered_at_1 = 1719781200
-- answered_at_2 = 1751317200
-- bits_1 = 1
-- bits_2 = 2
-- bits_3 = 8
-- bits_4 = 1
-- bits_5 = 2
-- bits_6 = 4
-- bits_7 = 8
-- campaign_1 = 'everything'
-- campaign_2 = 'everything'
-- channel_1 = 'sms'
-- channel_10 = 'email'
-- channel_11 = 'telegram'
-- channel_12 = 'telegram'
-- channel_2 = 'sms'
-- channel_3 = 'email'
-- channel_4 = 'email'
-- channel_5 = 'telegram'
-- channel_6 = 'telegram'
-- channel_7 = 'sms'
-- channel_8 = 'sms'
-- channel_9 = 'email'
-- charged_1 = 'not_all_criteria'
-- charged_2 = 'tags'
-- charged_3 = 'min_orders'
-- charged_4 = 'min_revenue'
-- charged_5 = 'abc'
-- charged_6 = 'cooldown'
-- charged_7 = 'opted_out'
-- charged_8 = 'xyz'
-- coalesce_1 = 0
-- coalesce_10 = 0
-- coalesce_11 = 0
-- coalesce_12 = 0.0
-- coalesce_13 = 2
-- coalesce_14 = 150050
-- coalesce_15 = ''
-- coalesce_16 = 'no_channel'
-- coalesce_2 = 0
-- coalesce_3 = 0.0
-- coalesce_4 = 2
-- coalesce_5 = 150050
-- coalesce_6 = ''
-- coalesce_7 = 'no_channel'
-- coalesce_8 = ''
-- coalesce_9 = 'reached'
-- count_1 = 3
-- count_2 = 3
-- created_at_1 = 1748759400
-- created_at_2 = 1748759400
-- first_w_1 = 1698786000
-- first_w_10 = 1667250000
-- first_w_11 = 1669842000
-- first_w_12 = 1685566800
-- first_w_13 = 1677618000
-- first_w_14 = 1675198800
-- first_w_15 = 1680296400
-- first_w_16 = 1682888400
-- first_w_17 = 1690837200
-- first_w_18 = 1688158800
-- first_w_19 = 1693515600
-- first_w_2 = 1672520400
-- first_w_20 = 1696107600
-- first_w_21 = 1725138000
-- first_w_22 = 1711918800
-- first_w_23 = 1704056400
-- first_w_24 = 1701378000
-- first_w_25 = 1706734800
-- first_w_26 = 1709240400
-- first_w_27 = 1717189200
-- first_w_28 = 1714510800
-- first_w_29 = 1719781200
-- first_w_3 = 1659301200
-- first_w_30 = 1722459600
-- first_w_31 = 1738357200
-- first_w_32 = 1730408400
-- first_w_33 = 1727730000
-- first_w_34 = 1733000400
-- first_w_35 = 1735678800
-- first_w_36 = 1743454800
-- first_w_37 = 1740776400
-- first_w_38 = 1746046800
-- first_w_39 = 1748725200
-- first_w_4 = 1651352400
-- first_w_40 = 1751317200
-- first_w_5 = 1648760400
-- first_w_6 = 1654030800
-- first_w_7 = 1656622800
-- first_w_8 = 1664571600
-- first_w_9 = 1661979600
-- k_1 = 3
-- kind_1 = ['complaint', 'conflict']
-- kind_2 = 'inquiry'
-- kind_3 = 'contact_attempt'
-- last_at_1 = 1698786000
-- last_at_10 = 1667250000
-- last_at_11 = 1669842000
-- last_at_12 = 1685566800
-- last_at_13 = 1677618000
-- last_at_14 = 1675198800
-- last_at_15 = 1680296400
-- last_at_16 = 1682888400
-- last_at_17 = 1690837200
-- last_at_18 = 1688158800
-- last_at_19 = 1693515600
-- last_at_2 = 1672520400
-- last_at_20 = 1696107600
-- last_at_21 = 1725138000
-- last_at_22 = 1711918800
-- last_at_23 = 1704056400
-- last_at_24 = 1701378000
-- last_at_25 = 1706734800
-- last_at_26 = 1709240400
-- last_at_27 = 1717189200
-- last_at_28 = 1714510800
-- last_at_29 = 1719781200
-- last_at_3 = 1659301200
-- last_at_30 = 1722459600
-- last_at_31 = 1738357200
-- last_at_32 = 1730408400
-- last_at_33 = 1727730000
-- last_at_34 = 1733000400
-- last_at_35 = 1735678800
-- last_at_36 = 1743454800
-- last_at_37 = 1740776400
-- last_at_38 = 1746046800
-- last_at_39 = 1748725200
-- last_at_4 = 1651352400
-- last_at_5 = 1648760400
-- last_at_6 = 1654030800
-- last_at_7 = 1656622800
-- last_at_8 = 1664571600
-- last_at_9 = 1661979600
-- last_m_1 = 16
-- last_order_at_1 = 1751317200
-- last_order_at_2 = 1751317200
-- min_1 = 39
-- n_1 = 2
-- n_all_1 = 4
-- n_all_2 = 1
-- n_w_1 = 0
-- n_w_2 = 0
-- n_w_3 = 0
-- n_w_4 = 0
-- n_w_5 = 0
-- n_w_6 = 3
-- n_w_7 = 17
-- occurred_at_1 = 1751317200
-- occurred_at_2 = 1743541200
-- occurred_at_3 = 1751317200
-- occurred_at_4 = 1751317200
-- orders_count_1 = 4
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 172800
-- param_100 = 'not_all_criteria'
-- param_101 = 'tags'
-- param_102 = 'tags'
-- param_103 = 'min_orders'
-- param_104 = 'min_revenue'
-- param_105 = 'C'
-- param_106 = 'C'
-- param_107 = 5
-- param_108 = 4
-- param_109 = 5
-- param_11 = 1
-- param_110 = 4
-- param_111 = 20
-- param_112 = 19
-- param_113 = 20
-- param_114 = 19
-- param_115 = 0
-- param_116 = 5
-- param_117 = 4
-- param_118 = 'A'
-- param_119 = 20
-- param_12 = 0
-- param_120 = 19
-- param_121 = 'B'
-- param_122 = 'C'
-- param_123 = ['A', 'B']
-- param_124 = 'abc'
-- param_125 = 'cooldown'
-- param_126 = 0
-- param_127 = 1
-- param_128 = 2
-- param_129 = 'opted_out'
-- param_13 = 0
-- param_130 = 1
-- param_131 = 0
-- param_132 = 1
-- param_133 = 0
-- param_134 = 1
-- param_135 = 0
-- param_136 = 1
-- param_137 = 0
-- param_138 = 1
-- param_139 = 0
-- param_14 = 2.5
-- param_140 = 1
-- param_141 = 0
-- param_142 = 1
-- param_143 = 1
-- param_144 = 1
-- param_145 = 0
-- param_146 = 0
-- param_147 = 1
-- param_148 = 5
-- param_149 = 4
-- param_15 = 1
-- param_150 = 5
-- param_151 = 4
-- param_152 = 20
-- param_153 = 19
-- param_154 = 20
-- param_155 = 19
-- param_156 = 1
-- param_157 = 1
-- param_158 = 0.0
-- param_159 = 1
-- param_16 = 2
-- param_160 = 0
-- param_161 = 2
-- param_162 = 4
-- param_163 = 0
-- param_164 = 8
-- param_165 = 1
-- param_166 = 0
-- param_167 = 0.25
-- param_168 = 0
-- param_169 = 1
-- param_17 = 1751317200
-- param_170 = 1
-- param_171 = 0.0
-- param_172 = 0.0
-- param_173 = 0.75
-- param_174 = 0.0
-- param_175 = 1751317200
-- param_176 = 86400
-- param_177 = 60
-- param_178 = 900
-- param_179 = 1
-- param_18 = 86400
-- param_180 = 0
-- param_181 = 0
-- param_182 = 0
-- param_183 = 0
-- param_184 = 'not_all_criteria'
-- param_185 = 'tags'
-- param_186 = 'tags'
-- param_187 = 'min_orders'
-- param_188 = 'min_revenue'
-- param_189 = 'C'
-- param_19 = 86400
-- param_190 = 0
-- param_191 = 'C'
-- param_192 = 0
-- param_193 = 1
-- param_194 = 5
-- param_195 = 4
-- param_196 = 1
-- param_197 = 5
-- param_198 = 4
-- param_199 = 20
-- param_2 = 'C'
-- param_20 = 1
-- param_200 = 19
-- param_201 = 20
-- param_202 = 19
-- param_203 = 0
-- param_204 = 5
-- param_205 = 4
-- param_206 = 'A'
-- param_207 = 20
-- param_208 = 19
-- param_209 = 'B'
-- param_21 = 2
-- param_210 = 'C'
-- param_211 = ['A', 'B']
-- param_212 = 'abc'
-- param_213 = 'cooldown'
-- param_214 = 'opted_out'
-- param_215 = 1
-- param_216 = 0
-- param_217 = 1
-- param_218 = 0
-- param_219 = 1
-- param_22 = 1
-- param_220 = 0
-- param_221 = 1
-- param_222 = 0
-- param_223 = 1
-- param_224 = 0
-- param_225 = 1
-- param_226 = 0
-- param_227 = 1
-- param_228 = 0
-- param_229 = 1
-- param_23 = 2.5
-- param_230 = 2
-- param_231 = 3
-- param_232 = 4
-- param_233 = 5
-- param_234 = 6
-- param_235 = 7
-- param_236 = 8
-- param_237 = 9
-- param_238 = 10
-- param_239 = 11
-- param_24 = 86400
-- param_240 = 12
-- param_241 = 13
-- param_242 = 14
-- param_243 = 15
-- param_244 = 16
-- param_245 = 17
-- param_246 = 18
-- param_247 = 19
-- param_248 = 20
-- param_249 = 21
-- param_25 = 1
-- param_250 = 22
-- param_251 = 23
-- param_252 = 24
-- param_253 = 25
-- param_254 = 26
-- param_255 = 27
-- param_256 = 28
-- param_257 = 29
-- param_258 = 30
-- param_259 = 31
-- param_26 = 0
-- param_260 = 32
-- param_261 = 33
-- param_262 = 34
-- param_263 = 35
-- param_264 = 36
-- param_265 = 37
-- param_266 = 38
-- param_267 = 39
-- param_268 = 0
-- param_269 = 1
-- param_27 = 1
-- param_270 = 2
-- param_271 = 3
-- param_272 = 4
-- param_273 = 5
-- param_274 = 6
-- param_275 = 7
-- param_276 = 8
-- param_277 = 9
-- param_278 = 10
-- param_279 = 11
-- param_28 = 2
-- param_280 = 12
-- param_281 = 13
-- param_282 = 14
-- param_283 = 15
-- param_284 = 16
-- param_285 = 17
-- param_286 = 18
-- param_287 = 19
-- param_288 = 20
-- param_289 = 21
-- param_29 = 1
-- param_290 = 22
-- param_291 = 23
-- param_292 = 24
-- param_293 = 25
-- param_294 = 26
-- param_295 = 27
-- param_296 = 28
-- param_297 = 29
-- param_298 = 30
-- param_299 = 31
-- param_3 = 1
-- param_30 = 2.5
-- param_300 = 32
-- param_301 = 33
-- param_302 = 34
-- param_303 = 35
-- param_304 = 36
-- param_305 = 37
-- param_306 = 38
-- param_307 = 39
-- param_308 = 0
-- param_309 = 1
-- param_31 = 172800
-- param_310 = 2
-- param_311 = 3
-- param_312 = 4
-- param_313 = 5
-- param_314 = 6
-- param_315 = 7
-- param_316 = 8
-- param_317 = 9
-- param_318 = 10
-- param_319 = 11
-- param_32 = 1
-- param_320 = 12
-- param_321 = 13
-- param_322 = 14
-- param_323 = 15
-- param_324 = 16
-- param_325 = 17
-- param_326 = 18
-- param_327 = 19
-- param_328 = 20
-- param_329 = 21
-- param_33 = 0
-- param_330 = 22
-- param_331 = 23
-- param_332 = 24
-- param_333 = 25
-- param_334 = 26
-- param_335 = 27
-- param_336 = 28
-- param_337 = 29
-- param_338 = 30
-- param_339 = 31
-- param_34 = 5
-- param_340 = 32
-- param_341 = 33
-- param_342 = 34
-- param_343 = 35
-- param_344 = 36
-- param_345 = 37
-- param_346 = 38
-- param_347 = 39
-- param_348 = 624
-- param_349 = 1
-- param_35 = 4
-- param_350 = 3
-- param_351 = 16
-- param_352 = 40
-- param_353 = 16
-- param_354 = 17
-- param_355 = 0
-- param_356 = 1
-- param_357 = 1
-- param_358 = 'C-00042'
-- param_36 = 5
-- param_37 = 4
-- param_38 = 20
-- param_39 = 19
-- param_4 = 0
-- param_40 = 20
-- param_41 = 19
-- param_42 = 0
-- param_43 = 5
-- param_44 = 4
-- param_45 = 'A'
-- param_46 = 20
-- param_47 = 19
-- param_48 = 'B'
-- param_49 = 'C'
-- param_5 = 0
-- param_50 = 1751317200
-- param_51 = 86400
-- param_52 = 1
-- param_53 = 0
-- param_54 = 1
-- param_55 = 0
-- param_56 = 1
-- param_57 = 0
-- param_58 = 1
-- param_59 = 0
-- param_6 = 0
-- param_60 = 1
-- param_61 = 0
-- param_62 = 1
-- param_63 = 0
-- param_64 = 1
-- param_65 = 0
-- param_66 = 1
-- param_67 = 0
-- param_68 = 1
-- param_69 = 0
-- param_7 = 2.5
-- param_70 = 1
-- param_71 = 0
-- param_72 = 1
-- param_73 = 0
-- param_74 = 1
-- param_75 = 0
-- param_76 = 'Z'
-- param_77 = 'Z'
-- param_78 = 'Z'
-- param_79 = 0.01
-- param_8 = 1751317200
-- param_80 = 'X'
-- param_81 = 0.0625
-- param_82 = 'Y'
-- param_83 = 'Z'
-- param_84 = ['X', 'Y']
-- param_85 = 'xyz'
-- param_86 = 0.25
-- param_87 = 1
-- param_88 = 1
-- param_89 = 0.0
-- param_9 = 86400
-- param_90 = 0.0
-- param_91 = 0.75
-- param_92 = 0.0
-- param_93 = 1751317200
-- param_94 = 86400
-- param_95 = 60
-- param_96 = 900
-- param_97 = 0
-- param_98 = 0
-- param_99 = 0
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
-- peers_5 = 1
-- peers_6 = 1
-- placed_at_1 = 1751317200
-- placed_at_10 = 1656622800
-- placed_at_11 = 1664571600
-- placed_at_12 = 1661979600
-- placed_at_13 = 1667250000
-- placed_at_14 = 1669842000
-- placed_at_15 = 1685566800
-- placed_at_16 = 1677618000
-- placed_at_17 = 1675198800
-- placed_at_18 = 1680296400
-- placed_at_19 = 1682888400
-- placed_at_2 = 1751317200
-- placed_at_20 = 1690837200
-- placed_at_21 = 1688158800
-- placed_at_22 = 1693515600
-- placed_at_23 = 1696107600
-- placed_at_24 = 1725138000
-- placed_at_25 = 1711918800
-- placed_at_26 = 1704056400
-- placed_at_27 = 1701378000
-- placed_at_28 = 1706734800
-- placed_at_29 = 1709240400
-- placed_at_3 = 1751317200
-- placed_at_30 = 1717189200
-- placed_at_31 = 1714510800
-- placed_at_32 = 1719781200
-- placed_at_33 = 1722459600
-- placed_at_34 = 1738357200
-- placed_at_35 = 1730408400
-- placed_at_36 = 1727730000
-- placed_at_37 = 1733000400
-- placed_at_38 = 1735678800
-- placed_at_39 = 1743454800
-- placed_at_4 = 1698786000
-- placed_at_40 = 1740776400
-- placed_at_41 = 1746046800
-- placed_at_42 = 1748725200
-- placed_at_43 = 1646082000
-- placed_at_44 = 1751317200
-- placed_at_5 = 1672520400
-- placed_at_6 = 1659301200
-- placed_at_7 = 1651352400
-- placed_at_8 = 1648760400
-- placed_at_9 = 1654030800
-- rev_w_1 = 0
-- rev_w_2 = 0
-- rev_w_3 = 0
-- rev_w_4 = 0
-- rev_w_5 = 0
-- rev_w_6 = 0
-- rev_w_7 = 0
-- rn_1 = 1
-- rn_2 = 3
-- s_1 = 0
-- score_1 = 6
-- sum_1 = 2
-- sum_2 = 0
-- tag_1 = ['retail', 'vip']
-- tag_2 = ['key-account']
-- tag_3 = ['retail', 'vip']
-- tag_4 = ['key-account']
