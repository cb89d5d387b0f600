-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='stats+orders', excluded=True, client=None)
WITH agg AS 
(SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1) THEN :param_6 WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE) * client_order_stats.median_gap2 <= ((:param_8 - client_order_stats.last_order_at) / :param_9) * :param_10) THEN :param_11 ELSE :param_12 END AS overdue 
FROM client_order_stats 
WHERE client_order_stats.last_order_at <= :last_order_at_1 AND (client_order_stats.client_id NOT IN (SELECT client_order_stats_stale.client_id 
FROM client_order_stats_stale)) UNION ALL SELECT agg0.client_id AS client_id, agg0.n_all AS n_all, agg0.last_at AS last_at, agg0.rev_w AS rev_w, agg0.n_w AS n_w, agg0.first_at AS first_w, CASE WHEN (agg0.n_all < :n_all_1) THEN :param_13 WHEN (CAST(:param_14 AS DOUBLE) * ((agg0.last_at - agg0.first_at) / (((agg0.n_all - :n_all_2) + :param_15) / :param_16)) <= ((:param_17 - agg0.last_at) / :param_18) * :param_19) THEN :param_20 ELSE (SELECT CASE WHEN ((agg0.n_all - :n_all_2) % :param_21 = :param_22 AND :sum_1 * sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE) * g.gap <= ((:param_17 - agg0.last_at) / :param_18) * :param_24) THEN :param_25 ELSE :param_26 END) >= (agg0.n_all - :n_all_2) + :param_27 OR (agg0.n_all - :n_all_2) % :param_21 != :param_22 AND (sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE) * g.gap <= ((:param_17 - agg0.last_at) / :param_18) * :param_24) THEN :param_25 ELSE :param_26 END) >= (agg0.n_all - :n_all_2) / :param_28 + :param_29 OR sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE) * g.gap <= ((:param_17 - agg0.last_at) / :param_18) * :param_24) THEN :param_25 ELSE :param_26 END) = (agg0.n_all - :n_all_2) / :param_28 AND CAST(:param_30 AS DOUBLE) * (max(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE) * g.gap <= ((:param_17 - agg0.last_at) / :param_18) * :param_24) THEN g.gap END) + min(CASE WHEN (g.gap IS NOT NULL AND NOT (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE) * g.gap <= ((:param_17 - agg0.last_at) / :param_18) * :param_24)) THEN g.gap END)) <= ((:param_17 - agg0.last_at) / :param_18) * :param_31)) THEN :param_32 ELSE :param_33 END AS anon_1 
FROM (SELECT o2.placed_at - lag(o2.placed_at) OVER (ORDER BY o2.placed_at) AS gap 
FROM orders AS o2 
WHERE o2.client_id = agg0.client_id AND o2.placed_at <= :placed_at_1) AS g) END AS overdue 
FROM (SELECT orders.client_id AS client_id, count(*) AS n_all, max(orders.placed_at) AS last_at, min(orders.placed_at) AS first_at, CAST(sum(orders.amount_minor) AS BIGINT) AS rev_w, count(*) AS n_w 
FROM orders 
WHERE orders.placed_at <= :placed_at_2 AND orders.client_id IN (SELECT client_order_stats_stale.client_id 
FROM client_order_stats_stale UNION SELECT client_order_stats.client_id 
FROM client_order_stats 
WHERE client_order_stats.last_order_at > :last_order_at_2) GROUP BY orders.client_id) AS agg0), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS BIGINT) AS rev_total 
FROM agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_83) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / (CAST(sum(hist.cnt) OVER () - :param_84 AS DOUBLE) + 0.0) ELSE CAST(:param_85 AS DOUBLE) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM agg 
WHERE agg.n_w > :n_w_5 GROUP BY agg.n_w) AS hist), 
nps AS 
(SELECT nps_ranked.client_id AS client_id, nps_ranked.score AS score, nps_ranked.answered_at AS answered_at 
FROM (SELECT nps_answers.client_id AS client_id, nps_answers.score AS score, nps_answers.answered_at AS answered_at, row_number() OVER (PARTITION BY nps_answers.client_id ORDER BY nps_answers.answered_at DESC) AS rn 
FROM nps_answers 
WHERE nps_answers.answered_at <= :answered_at_2) AS nps_ranked 
WHERE nps_ranked.rn = :rn_1), 
"conflict" AS 
(SELECT incidents.client_id AS client_id 
FROM incidents 
WHERE incidents.kind IN (__[POSTCOMPILE_kind_1]) AND incidents.occurred_at <= :occurred_at_1 AND incidents.occurred_at >= :occurred_at_2 GROUP BY incidents.client_id), 
inquiries AS 
(SELECT incidents.client_id AS client_id, count(*) AS n 
FROM incidents 
WHERE incidents.kind = :kind_2 AND incidents.occurred_at <= :occurred_at_3 GROUP BY incidents.client_id), 
unreachable AS 
(SELECT attempts.client_id AS client_id 
FROM (SELECT incidents.client_id AS client_id, incidents.outcome AS outcome, row_number() OVER (PARTITION BY incidents.client_id ORDER BY incidents.occurred_at DESC) AS rn 
FROM incidents 
WHERE incidents.kind = :kind_3 AND incidents.occurred_at <= :occurred_at_4) AS attempts 
WHERE attempts.rn <= :rn_2 GROUP BY attempts.client_id 
HAVING count(*) = :count_1 AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_4) = :coalesce_5) THEN :param_97 ELSE :param_98 END) = :sum_2), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1 AND nps.answered_at >= :answered_at_1) THEN :param_91 ELSE :param_92 END AS bits 
FROM nps UNION ALL SELECT "conflict".client_id AS client_id, :param_93 AS bits 
FROM "conflict" UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1) THEN :param_94 ELSE :param_95 END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_96 AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
scored_again AS 
(SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_121 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_122) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_53) THEN :param_123 ELSE :param_124 END AS active, CASE WHEN (agg.rev_w > :rev_w_5) THEN agg.rev_w ELSE :param_125 END AS positive 
FROM agg) AS ranking), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_120 AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_6 AND scored_again.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_126 < (SELECT stats.rev_total 
FROM stats) * :param_127 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_128 >= (SELECT stats.rev_total 
FROM stats) * :param_129 OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_130 < (SELECT stats.rev_total 
FROM stats) * :param_131 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_132 >= (SELECT stats.rev_total 
FROM stats) * :param_133)), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_77 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_78) THEN CAST(scored.below AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_79 AS DOUBLE) + 0.0) ELSE CAST(:param_80 AS DOUBLE) END ELSE CAST(:param_81 AS DOUBLE) END + CAST(:param_82 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN CASE WHEN (scored.n_w = :n_w_4) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_6) WHEN (scored.n_w = :n_w_7) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_8) WHEN (scored.n_w = :n_w_9) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_10) WHEN (scored.n_w = :n_w_11) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_12) WHEN (scored.n_w = :n_w_13) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_14) WHEN (scored.n_w = :n_w_15) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_16) WHEN (scored.n_w = :n_w_17) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_18) WHEN (scored.n_w = :n_w_19) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_20) WHEN (scored.n_w = :n_w_21) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_22) WHEN (scored.n_w = :n_w_23) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_24) WHEN (scored.n_w = :n_w_25) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_26) WHEN (scored.n_w = :n_w_27) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_28) WHEN (scored.n_w = :n_w_29) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_30) WHEN (scored.n_w = :n_w_31) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_32) WHEN (scored.n_w = :n_w_33) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_34) WHEN (scored.n_w = :n_w_35) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_36) WHEN (scored.n_w = :n_w_37) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_38) WHEN (scored.n_w = :n_w_39) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_40) WHEN (scored.n_w = :n_w_41) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_42) WHEN (scored.n_w = :n_w_43) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_44) WHEN (scored.n_w = :n_w_45) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_46) WHEN (scored.n_w = :n_w_47) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_48) WHEN (scored.n_w = :n_w_49) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_50) WHEN (scored.n_w = :n_w_51) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_52) ELSE (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = scored.n_w) END ELSE CAST(:param_86 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND (:param_87 - scored.last_at) / :param_88 >= :param_89 AND (:param_87 - scored.last_at) / :param_88 <= :param_90, 0) = 1 AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_99) != :param_100, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_101) != :param_102, 0) = 1 AND coalesce(0, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_103) != :param_104, 0) = 1)) THEN :param_105 WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_106 WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_107 WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_6) THEN :param_108 WHEN (coalesce(scored.rev_w, :coalesce_2) < :coalesce_7) THEN :param_109 WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_110 WHEN (scored.rev_w <= :rev_w_3) THEN :param_111 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_112 < (SELECT stats.rev_total 
FROM stats) * :param_113 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_114 >= (SELECT stats.rev_total 
FROM stats) * :param_115 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_116 < (SELECT stats.rev_total 
FROM stats) * :param_117 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_118 >= (SELECT stats.rev_total 
FROM stats) * :param_119)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_134 END * scored.rev_w) * :param_135 < (SELECT stats.rev_total 
FROM stats) * :param_136) THEN :param_137 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_112 < (SELECT stats.rev_total 
FROM stats) * :param_113 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_114 >= (SELECT stats.rev_total 
FROM stats) * :param_115 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_116 < (SELECT stats.rev_total 
FROM stats) * :param_117 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_118 >= (SELECT stats.rev_total 
FROM stats) * :param_119)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_134 END * scored.rev_w) * :param_138 < (SELECT stats.rev_total 
FROM stats) * :param_139) THEN :param_140 ELSE :param_141 END NOT IN (__[POSTCOMPILE_param_142]))) THEN :param_143 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_8) != :coalesce_9)) THEN :param_144 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_145 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_146 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_147 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_2)) THEN :param_148 END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_87 - scored.last_at) / :param_88 >= :param_89 AND (:param_87 - scored.last_at) / :param_88 <= :param_90, 0) THEN :param_149 ELSE :param_150 END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) THEN :param_151 ELSE :param_152 END AS f_overdue, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_99) != :param_100, 0) THEN :param_153 ELSE :param_154 END AS f_nps, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_101) != :param_102, 0) THEN :param_155 ELSE :param_156 END AS f_conflict, CASE WHEN coalesce(0, 0) THEN :param_157 ELSE :param_158 END AS f_inquiries, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_103) != :param_104, 0) THEN :param_159 ELSE :param_160 END AS f_unreachable 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_121 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_122) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_53) THEN :param_123 ELSE :param_124 END AS active, CASE WHEN (agg.rev_w > :rev_w_5) THEN agg.rev_w ELSE :param_125 END AS positive 
FROM agg) AS ranking) AS scored 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_87 - scored.last_at) / :param_88 >= :param_89 AND (:param_87 - scored.last_at) / :param_88 <= :param_90, 0) = 1 OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_99) != :param_100, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_101) != :param_102, 0) = 1 OR coalesce(0, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_103) != :param_104, 0) = 1 UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS BIGINT), :coalesce_10) AS n_w, coalesce(CAST(NULL AS BIGINT), :coalesce_11) AS rev_w, CAST(NULL AS BIGINT) AS last_at, CAST(NULL AS BIGINT) AS first_w, coalesce(CAST(:param_161 AS DOUBLE) * CASE WHEN (CAST(NULL AS BIGINT) > :param_162) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_163) THEN CAST(CAST(NULL AS BIGINT) AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_164 AS DOUBLE) + 0.0) ELSE CAST(:param_165 AS DOUBLE) END ELSE CAST(:param_166 AS DOUBLE) END + CAST(:param_167 AS DOUBLE) * CAST(:param_168 AS DOUBLE), :coalesce_12) AS score, CAST(NULL AS BIGINT) AS positive_upto, CAST(NULL AS BIGINT) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_169 - CAST(NULL AS BIGINT)) / :param_170 >= :param_171 AND (:param_169 - CAST(NULL AS BIGINT)) / :param_170 <= :param_172, 0) = 1 AND coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_173, 0) = 1 AND coalesce((crit.bits & :bits_1) != :param_174, 0) = 1 AND coalesce((crit.bits & :bits_2) != :param_175, 0) = 1 AND coalesce((crit.bits & :bits_3) != :param_176, 0) = 1 AND coalesce((crit.bits & :bits_4) != :param_177, 0) = 1)) THEN :param_178 WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_179 WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_180 WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_10) < :coalesce_13) THEN :param_181 WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_11) < :coalesce_14) THEN :param_182 WHEN ((CASE WHEN (CAST(NULL AS BIGINT) IS NULL) THEN :param_183 WHEN (CAST(NULL AS BIGINT) <= :param_184) THEN :param_185 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_186 AND CAST(NULL AS BIGINT) > :param_187 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_188 < (SELECT stats.rev_total 
FROM stats) * :param_189 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_190) * CAST(NULL AS BIGINT)) * :param_191 >= (SELECT stats.rev_total 
FROM stats) * :param_192 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_193 < (SELECT stats.rev_total 
FROM stats) * :param_194 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_190) * CAST(NULL AS BIGINT)) * :param_195 >= (SELECT stats.rev_total 
FROM stats) * :param_196)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_197 END * CAST(NULL AS BIGINT)) * :param_198 < (SELECT stats.rev_total 
FROM stats) * :param_199) THEN :param_200 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_186 AND CAST(NULL AS BIGINT) > :param_187 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_188 < (SELECT stats.rev_total 
FROM stats) * :param_189 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_190) * CAST(NULL AS BIGINT)) * :param_191 >= (SELECT stats.rev_total 
FROM stats) * :param_192 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_193 < (SELECT stats.rev_total 
FROM stats) * :param_194 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_190) * CAST(NULL AS BIGINT)) * :param_195 >= (SELECT stats.rev_total 
FROM stats) * :param_196)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_197 END * CAST(NULL AS BIGINT)) * :param_201 < (SELECT stats.rev_total 
FROM stats) * :param_202) THEN :param_203 ELSE :param_204 END NOT IN (__[POSTCOMPILE_param_205]))) THEN :param_206 WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2 AND assignments.created_at >= :created_at_2 AND coalesce(assignments.outcome, :coalesce_15) != :coalesce_16)) THEN :param_207 WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_145 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_146 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_147 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_2)) THEN :param_208 END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_169 - CAST(NULL AS BIGINT)) / :param_170 >= :param_171 AND (:param_169 - CAST(NULL AS BIGINT)) / :param_170 <= :param_172, 0) THEN :param_209 ELSE :param_210 END AS f_recency, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_173, 0) THEN :param_211 ELSE :param_212 END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1) != :param_174, 0) THEN :param_213 ELSE :param_214 END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2) != :param_175, 0) THEN :param_215 ELSE :param_216 END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_3) != :param_176, 0) THEN :param_217 ELSE :param_218 END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_4) != :param_177, 0) THEN :param_219 ELSE :param_220 END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_169 - CAST(NULL AS BIGINT)) / :param_170 >= :param_171 AND (:param_169 - CAST(NULL AS BIGINT)) / :param_170 <= :param_172, 0) = 1 OR coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_173, 0) = 1 OR coalesce((crit.bits & :bits_1) != :param_174, 0) = 1 OR coalesce((crit.bits & :bits_2) != :param_175, 0) = 1 OR coalesce((crit.bits & :bits_3) != :param_176, 0) = 1 OR coalesce((crit.bits & :bits_4) != :param_177, 0) = 1) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_3))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_221 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_222 ELSE :param_223 END ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_224 ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_225 ELSE :param_226 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_227 ELSE :param_228 END ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_229 ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN :param_230 ELSE :param_231 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_232 ELSE :param_233 END ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_234 ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_235 ELSE :param_236 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_237 ELSE :param_238 END ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_239 ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN :param_240 ELSE :param_241 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_242 ELSE :param_243 END ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_244 ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_245 ELSE :param_246 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_247 ELSE :param_248 END ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_249 ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN :param_250 ELSE :param_251 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_252 ELSE :param_253 END ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_254 ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_255 ELSE :param_256 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_257 ELSE :param_258 END ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_259 ELSE CASE WHEN (orders.placed_at < :placed_at_42) THEN :param_260 ELSE :param_261 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5) THEN :param_262 ELSE :param_263 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6) THEN :param_264 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7) THEN :param_265 ELSE :param_266 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9) THEN :param_267 ELSE :param_268 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10) THEN :param_269 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11) THEN :param_270 ELSE :param_271 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14) THEN :param_272 ELSE :param_273 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15) THEN :param_274 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16) THEN :param_275 ELSE :param_276 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18) THEN :param_277 ELSE :param_278 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19) THEN :param_279 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20) THEN :param_280 ELSE :param_281 END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24) THEN :param_282 ELSE :param_283 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25) THEN :param_284 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26) THEN :param_285 ELSE :param_286 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28) THEN :param_287 ELSE :param_288 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29) THEN :param_289 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30) THEN :param_290 ELSE :param_291 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33) THEN :param_292 ELSE :param_293 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34) THEN :param_294 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35) THEN :param_295 ELSE :param_296 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37) THEN :param_297 ELSE :param_298 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38) THEN :param_299 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39) THEN :param_300 ELSE :param_301 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT pending.client_id AS client_id, pending.n_w AS n_w, pending.first_w AS first_w, CASE WHEN (pending.last_at < :last_at_1) THEN CASE WHEN (pending.last_at < :last_at_2) THEN CASE WHEN (pending.last_at < :last_at_3) THEN CASE WHEN (pending.last_at < :last_at_4) THEN CASE WHEN (pending.last_at < :last_at_5) THEN :param_302 ELSE :param_303 END ELSE CASE WHEN (pending.last_at < :last_at_6) THEN :param_304 ELSE CASE WHEN (pending.last_at < :last_at_7) THEN :param_305 ELSE :param_306 END END END ELSE CASE WHEN (pending.last_at < :last_at_8) THEN CASE WHEN (pending.last_at < :last_at_9) THEN :param_307 ELSE :param_308 END ELSE CASE WHEN (pending.last_at < :last_at_10) THEN :param_309 ELSE CASE WHEN (pending.last_at < :last_at_11) THEN :param_310 ELSE :param_311 END END END END ELSE CASE WHEN (pending.last_at < :last_at_12) THEN CASE WHEN (pending.last_at < :last_at_13) THEN CASE WHEN (pending.last_at < :last_at_14) THEN :param_312 ELSE :param_313 END ELSE CASE WHEN (pending.last_at < :last_at_15) THEN :param_314 ELSE CASE WHEN (pending.last_at < :last_at_16) THEN :param_315 ELSE :param_316 END END END ELSE CASE WHEN (pending.last_at < :last_at_17) THEN CASE WHEN (pending.last_at < :last_at_18) THEN :param_317 ELSE :param_318 END ELSE CASE WHEN (pending.last_at < :last_at_19) THEN :param_319 ELSE CASE WHEN (pending.last_at < :last_at_20) THEN :param_320 ELSE :param_321 END END END END END ELSE CASE WHEN (pending.last_at < :last_at_21) THEN CASE WHEN (pending.last_at < :last_at_22) THEN CASE WHEN (pending.last_at < :last_at_23) THEN CASE WHEN (pending.last_at < :last_at_24) THEN :param_322 ELSE :param_323 END ELSE CASE WHEN (pending.last_at < :last_at_25) THEN :param_324 ELSE CASE WHEN (pending.last_at < :last_at_26) THEN :param_325 ELSE :param_326 END END END ELSE CASE WHEN (pending.last_at < :last_at_27) THEN CASE WHEN (pending.last_at < :last_at_28) THEN :param_327 ELSE :param_328 END ELSE CASE WHEN (pending.last_at < :last_at_29) THEN :param_329 ELSE CASE WHEN (pending.last_at < :last_at_30) THEN :param_330 ELSE :param_331 END END END END ELSE CASE WHEN (pending.last_at < :last_at_31) THEN CASE WHEN (pending.last_at < :last_at_32) THEN CASE WHEN (pending.last_at < :last_at_33) THEN :param_332 ELSE :param_333 END ELSE CASE WHEN (pending.last_at < :last_at_34) THEN :param_334 ELSE CASE WHEN (pending.last_at < :last_at_35) THEN :param_335 ELSE :param_336 END END END ELSE CASE WHEN (pending.last_at < :last_at_36) THEN CASE WHEN (pending.last_at < :last_at_37) THEN :param_337 ELSE :param_338 END ELSE CASE WHEN (pending.last_at < :last_at_38) THEN :param_339 ELSE CASE WHEN (pending.last_at < :last_at_39) THEN :param_340 ELSE :param_341 END END END END END END AS last_m 
FROM (SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable 
FROM lost) AS pending) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_54 AND :param_342 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40 OR (xyz_months.last_m - xyz_months.first_m) + :param_343 < :param_344 OR :param_345 * (:param_346 - xyz_months.first_m) > :n_w_55 * xyz_months.n_w OR :param_347 * (:param_346 - xyz_months.first_m) > :param_348 * ((xyz_months.last_m - xyz_months.first_m) + :param_343))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_43 AND orders.placed_at < :placed_at_44 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_222 ELSE :param_223 END ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_224 ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_225 ELSE :param_226 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_227 ELSE :param_228 END ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_229 ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN :param_230 ELSE :param_231 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_232 ELSE :param_233 END ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_234 ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_235 ELSE :param_236 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_237 ELSE :param_238 END ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_239 ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN :param_240 ELSE :param_241 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_242 ELSE :param_243 END ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_244 ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_245 ELSE :param_246 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_247 ELSE :param_248 END ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_249 ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN :param_250 ELSE :param_251 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_252 ELSE :param_253 END ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_254 ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_255 ELSE :param_256 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_257 ELSE :param_258 END ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_259 ELSE CASE WHEN (orders.placed_at < :placed_at_42) THEN :param_260 ELSE :param_261 END END END END END END) AS monthly GROUP BY monthly.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, CASE WHEN (xyz.k IS NULL) THEN :param_67 WHEN (xyz.k < :k_1) THEN :param_68 WHEN (xyz.s <= :s_1) THEN :param_69 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_70 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_71 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_72 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_73 ELSE :param_74 END AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((CASE WHEN (xyz.k IS NULL) THEN :param_67 WHEN (xyz.k < :k_1) THEN :param_68 WHEN (xyz.s <= :s_1) THEN :param_69 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_70 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_71 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_72 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_73 ELSE :param_74 END NOT IN (__[POSTCOMPILE_param_75]))) THEN :param_76 END AS charged 
FROM lost LEFT OUTER JOIN xyz ON xyz.client_id = lost.client_id), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_49 ELSE :param_50 END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_51 ELSE :param_52 END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_53 ELSE :param_54 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4) THEN :param_55 ELSE :param_56 END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5) THEN :param_57 ELSE :param_58 END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6) THEN :param_59 ELSE :param_60 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7) THEN :param_61 ELSE :param_62 END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8) THEN :param_63 ELSE :param_64 END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_65 ELSE :param_66 END) AS t_remaining 
FROM staged), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_7 AND staged.peers > :peers_5 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_349 < (SELECT stats.rev_total 
FROM stats) * :param_350 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_351 >= (SELECT stats.rev_total 
FROM stats) * :param_352 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_353 < (SELECT stats.rev_total 
FROM stats) * :param_354 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_355 >= (SELECT stats.rev_total 
FROM stats) * :param_356)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_357 END AS abc_place 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NOT NULL)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.charged, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_34 < (SELECT stats.rev_total 
FROM stats) * :param_35) THEN :param_36 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_37 < (SELECT stats.rev_total 
FROM stats) * :param_38) THEN :param_39 ELSE :param_40 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_41 - top.last_at) / :param_42 END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_43 ELSE :param_44 END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1 AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_45 ELSE :param_46 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_47 ELSE :param_48 END AS s_telegram 
FROM totals LEFT OUTER JOIN top ON 1 = 1 ORDER BY top.score DESC, top.rev_w DESC, top.external_id;
-- parameters
-- address_1 = ''
-- address_2 = ''
-- answered_at_1 = 1719781200
-- answered_at_2 = 1751317200
-- bits_1 = 1
-- bits_2 = 2
-- bits_3 = 4
-- bits_4 = 8
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
-- coalesce_4 = ''
-- coalesce_5 = 'reached'
-- coalesce_6 = 2
-- coalesce_7 = 150050
-- coalesce_8 = ''
-- coalesce_9 = 'no_channel'
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
-- n_w_10 = 3
-- n_w_11 = 4
-- n_w_12 = 4
-- n_w_13 = 5
-- n_w_14 = 5
-- n_w_15 = 6
-- n_w_16 = 6
-- n_w_17 = 7
-- n_w_18 = 7
-- n_w_19 = 8
-- n_w_2 = 0
-- n_w_20 = 8
-- n_w_21 = 9
-- n_w_22 = 9
-- n_w_23 = 10
-- n_w_24 = 10
-- n_w_25 = 11
-- n_w_26 = 11
-- n_w_27 = 12
-- n_w_28 = 12
-- n_w_29 = 13
-- n_w_3 = 0
-- n_w_30 = 13
-- n_w_31 = 14
-- n_w_32 = 14
-- n_w_33 = 15
-- n_w_34 = 15
-- n_w_35 = 16
-- n_w_36 = 16
-- n_w_37 = 17
-- n_w_38 = 17
-- n_w_39 = 18
-- n_w_4 = 1
-- n_w_40 = 18
-- n_w_41 = 19
-- n_w_42 = 19
-- n_w_43 = 20
-- n_w_44 = 20
-- n_w_45 = 21
-- n_w_46 = 21
-- n_w_47 = 22
-- n_w_48 = 22
-- n_w_49 = 23
-- n_w_5 = 0
-- n_w_50 = 23
-- n_w_51 = 24
-- n_w_52 = 24
-- n_w_53 = 0
-- n_w_54 = 3
-- n_w_55 = 17
-- n_w_6 = 1
-- n_w_7 = 2
-- n_w_8 = 2
-- n_w_9 = 3
-- occurred_at_1 = 1751317200
-- occurred_at_2 = 1743541200
-- occurred_at_3 = 1751317200
-- occurred_at_4 = 1751317200
-- orders_count_1 = 4
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 172800
-- param_100 = 0
-- param_101 = 2
-- param_102 = 0
-- param_103 = 8
-- param_104 = 0
-- param_105 = 'not_all_criteria'
-- param_106 = 'tags'
-- param_107 = 'tags'
-- param_108 = 'min_orders'
-- param_109 = 'min_revenue'
-- param_11 = 1
-- param_110 = 'C'
-- param_111 = 'C'
-- param_112 = 5
-- param_113 = 4
-- param_114 = 5
-- param_115 = 4
-- param_116 = 20
-- param_117 = 19
-- param_118 = 20
-- param_119 = 19
-- param_12 = 0
-- param_120 = 1
-- param_121 = 1
-- param_122 = 1
-- param_123 = 1
-- param_124 = 0
-- param_125 = 0
-- param_126 = 5
-- param_127 = 4
-- param_128 = 5
-- param_129 = 4
-- param_13 = 0
-- param_130 = 20
-- param_131 = 19
-- param_132 = 20
-- param_133 = 19
-- param_134 = 0
-- param_135 = 5
-- param_136 = 4
-- param_137 = 'A'
-- param_138 = 20
-- param_139 = 19
-- param_14 = 2.5
-- param_140 = 'B'
-- param_141 = 'C'
-- param_142 = ['A', 'B']
-- param_143 = 'abc'
-- param_144 = 'cooldown'
-- param_145 = 0
-- param_146 = 1
-- param_147 = 2
-- param_148 = 'opted_out'
-- param_149 = 1
-- param_15 = 1
-- param_150 = 0
-- param_151 = 1
-- param_152 = 0
-- param_153 = 1
-- param_154 = 0
-- param_155 = 1
-- param_156 = 0
-- param_157 = 1
-- param_158 = 0
-- param_159 = 1
-- param_16 = 2
-- param_160 = 0
-- param_161 = 0.25
-- param_162 = 0
-- param_163 = 1
-- param_164 = 1
-- param_165 = 0.0
-- param_166 = 0.0
-- param_167 = 0.75
-- param_168 = 0.0
-- param_169 = 1751317200
-- param_17 = 1751317200
-- param_170 = 86400
-- param_171 = 60
-- param_172 = 900
-- param_173 = 1
-- param_174 = 0
-- param_175 = 0
-- param_176 = 0
-- param_177 = 0
-- param_178 = 'not_all_criteria'
-- param_179 = 'tags'
-- param_18 = 86400
-- param_180 = 'tags'
-- param_181 = 'min_orders'
-- param_182 = 'min_revenue'
-- param_183 = 'C'
-- param_184 = 0
-- param_185 = 'C'
-- param_186 = 0
-- param_187 = 1
-- param_188 = 5
-- param_189 = 4
-- param_19 = 86400
-- param_190 = 1
-- param_191 = 5
-- param_192 = 4
-- param_193 = 20
-- param_194 = 19
-- param_195 = 20
-- param_196 = 19
-- param_197 = 0
-- param_198 = 5
-- param_199 = 4
-- param_2 = 'C'
-- param_20 = 1
-- param_200 = 'A'
-- param_201 = 20
-- param_202 = 19
-- param_203 = 'B'
-- param_204 = 'C'
-- param_205 = ['A', 'B']
-- param_206 = 'abc'
-- param_207 = 'cooldown'
-- param_208 = 'opted_out'
-- param_209 = 1
-- param_21 = 2
-- param_210 = 0
-- param_211 = 1
-- param_212 = 0
-- param_213 = 1
-- param_214 = 0
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
-- param_224 = 2
-- param_225 = 3
-- param_226 = 4
-- param_227 = 5
-- param_228 = 6
-- param_229 = 7
-- param_23 = 2.5
-- param_230 = 8
-- param_231 = 9
-- param_232 = 10
-- param_233 = 11
-- param_234 = 12
-- param_235 = 13
-- param_236 = 14
-- param_237 = 15
-- param_238 = 16
-- param_239 = 17
-- param_24 = 86400
-- param_240 = 18
-- param_241 = 19
-- param_242 = 20
-- param_243 = 21
-- param_244 = 22
-- param_245 = 23
-- param_246 = 24
-- param_247 = 25
-- param_248 = 26
-- param_249 = 27
-- param_25 = 1
-- param_250 = 28
-- param_251 = 29
-- param_252 = 30
-- param_253 = 31
-- param_254 = 32
-- param_255 = 33
-- param_256 = 34
-- param_257 = 35
-- param_258 = 36
-- param_259 = 37
-- param_26 = 0
-- param_260 = 38
-- param_261 = 39
-- param_262 = 0
-- param_263 = 1
-- param_264 = 2
-- param_265 = 3
-- param_266 = 4
-- param_267 = 5
-- param_268 = 6
-- param_269 = 7
-- param_27 = 1
-- param_270 = 8
-- param_271 = 9
-- param_272 = 10
-- param_273 = 11
-- param_274 = 12
-- param_275 = 13
-- param_276 = 14
-- param_277 = 15
-- param_278 = 16
-- param_279 = 17
-- param_28 = 2
-- param_280 = 18
-- param_281 = 19
-- param_282 = 20
-- param_283 = 21
-- param_284 = 22
-- param_285 = 23
-- param_286 = 24
-- param_287 = 25
-- param_288 = 26
-- param_289 = 27
-- param_29 = 1
-- param_290 = 28
-- param_291 = 29
-- param_292 = 30
-- param_293 = 31
-- param_294 = 32
-- param_295 = 33
-- param_296 = 34
-- param_297 = 35
-- param_298 = 36
-- param_299 = 37
-- param_3 = 1
-- param_30 = 2.5
-- param_300 = 38
-- param_301 = 39
-- param_302 = 0
-- param_303 = 1
-- param_304 = 2
-- param_305 = 3
-- param_306 = 4
-- param_307 = 5
-- param_308 = 6
-- param_309 = 7
-- param_31 = 172800
-- param_310 = 8
-- param_311 = 9
-- param_312 = 10
-- param_313 = 11
-- param_314 = 12
-- param_315 = 13
-- param_316 = 14
-- param_317 = 15
-- param_318 = 16
-- param_319 = 17
-- param_32 = 1
-- param_320 = 18
-- param_321 = 19
-- param_322 = 20
-- param_323 = 21
-- param_324 = 22
-- param_325 = 23
-- param_326 = 24
-- param_327 = 25
-- param_328 = 26
-- param_329 = 27
-- param_33 = 0
-- param_330 = 28
-- param_331 = 29
-- param_332 = 30
-- param_333 = 31
-- param_334 = 32
-- param_335 = 33
-- param_336 = 34
-- param_337 = 35
-- param_338 = 36
-- param_339 = 37
-- param_34 = 5
-- param_340 = 38
-- param_341 = 39
-- param_342 = 624
-- param_343 = 1
-- param_344 = 3
-- param_345 = 16
-- param_346 = 40
-- param_347 = 16
-- param_348 = 17
-- param_349 = 5
-- param_35 = 4
-- param_350 = 4
-- param_351 = 5
-- param_352 = 4
-- param_353 = 20
-- param_354 = 19
-- param_355 = 20
-- param_356 = 19
-- param_357 = 0
-- param_36 = 'A'
-- param_37 = 20
-- param_38 = 19
-- param_39 = 'B'
-- param_4 = 0
-- param_40 = 'C'
-- param_41 = 1751317200
-- param_42 = 86400
-- param_43 = 1
-- param_44 = 0
-- param_45 = 1
-- param_46 = 0
-- param_47 = 1
-- param_48 = 0
-- param_49 = 1
-- param_5 = 0
-- param_50 = 0
-- param_51 = 1
-- param_52 = 0
-- param_53 = 1
-- param_54 = 0
-- param_55 = 1
-- param_56 = 0
-- param_57 = 1
-- param_58 = 0
-- param_59 = 1
-- param_6 = 0
-- param_60 = 0
-- param_61 = 1
-- param_62 = 0
-- param_63 = 1
-- param_64 = 0
-- param_65 = 1
-- param_66 = 0
-- param_67 = 'Z'
-- param_68 = 'Z'
-- param_69 = 'Z'
-- param_7 = 2.5
-- param_70 = 0.01
-- param_71 = 'X'
-- param_72 = 0.0625
-- param_73 = 'Y'
-- param_74 = 'Z'
-- param_75 = ['X', 'Y']
-- param_76 = 'xyz'
-- param_77 = 0.25
-- param_78 = 1
-- param_79 = 1
-- param_8 = 1751317200
-- param_80 = 0.0
-- param_81 = 0.0
-- param_82 = 0.75
-- param_83 = 1
-- param_84 = 1
-- param_85 = 0.0
-- param_86 = 0.0
-- param_87 = 1751317200
-- param_88 = 86400
-- param_89 = 60
-- param_9 = 86400
-- param_90 = 900
-- param_91 = 1
-- param_92 = 0
-- param_93 = 2
-- param_94 = 4
-- param_95 = 0
-- param_96 = 8
-- param_97 = 1
-- param_98 = 0
-- param_99 = 1
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
