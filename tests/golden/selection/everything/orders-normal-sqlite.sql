-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='orders', excluded=False, client=None)
WITH agg AS 
(SELECT agg0.client_id AS client_id, agg0.n_all AS n_all, agg0.last_at AS last_at, agg0.rev_w AS rev_w, agg0.n_w AS n_w, agg0.first_at AS first_w, CASE WHEN (agg0.n_all < :n_all_1) THEN :param_6 WHEN (CAST(:param_7 AS DOUBLE) * ((agg0.last_at - agg0.first_at) / (((agg0.n_all - :n_all_2) + :param_8) / :param_9)) <= ((:param_10 - agg0.last_at) / :param_11) * :param_12) THEN :param_13 ELSE (SELECT CASE WHEN ((agg0.n_all - :n_all_2) % :param_14 = :param_15 AND :sum_1 * sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17) THEN :param_18 ELSE :param_19 END) >= (agg0.n_all - :n_all_2) + :param_20 OR (agg0.n_all - :n_all_2) % :param_14 != :param_15 AND (sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17) THEN :param_18 ELSE :param_19 END) >= (agg0.n_all - :n_all_2) / :param_21 + :param_22 OR sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17) THEN :param_18 ELSE :param_19 END) = (agg0.n_all - :n_all_2) / :param_21 AND CAST(:param_23 AS DOUBLE) * (max(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17) THEN g.gap END) + min(CASE WHEN (g.gap IS NOT NULL AND NOT (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17)) THEN g.gap END)) <= ((:param_10 - agg0.last_at) / :param_11) * :param_24)) THEN :param_25 ELSE :param_26 END AS anon_1 
FROM (SELECT o2.placed_at - lag(o2.placed_at) OVER (ORDER BY o2.placed_at) AS gap 
FROM orders AS o2 
WHERE o2.client_id = agg0.client_id AND o2.placed_at <= :placed_at_1) AS g) END AS overdue 
FROM (SELECT orders.client_id AS client_id, count(*) AS n_all, max(orders.placed_at) AS last_at, min(orders.placed_at) AS first_at, CAST(sum(orders.amount_minor) AS BIGINT) AS rev_w, count(*) AS n_w 
FROM orders 
WHERE orders.placed_at <= :placed_at_2 GROUP BY orders.client_id) AS agg0), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS BIGINT) AS rev_total 
FROM agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_76) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / (CAST(sum(hist.cnt) OVER () - :param_77 AS DOUBLE) + 0.0) ELSE CAST(:param_78 AS DOUBLE) END AS pr_n 
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
HAVING count(*) = :count_1 AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_4) = :coalesce_5) THEN :param_90 ELSE :param_91 END) = :sum_2), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1 AND nps.answered_at >= :answered_at_1) THEN :param_84 ELSE :param_85 END AS bits 
FROM nps UNION ALL SELECT "conflict".client_id AS client_id, :param_86 AS bits 
FROM "conflict" UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1) THEN :param_87 ELSE :param_88 END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_89 AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
scored_again AS 
(SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_114 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_115) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_53) THEN :param_116 ELSE :param_117 END AS active, CASE WHEN (agg.rev_w > :rev_w_5) THEN agg.rev_w ELSE :param_118 END AS positive 
FROM agg) AS ranking), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_113 AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_6 AND scored_again.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_119 < (SELECT stats.rev_total 
FROM stats) * :param_120 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_121 >= (SELECT stats.rev_total 
FROM stats) * :param_122 OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_123 < (SELECT stats.rev_total 
FROM stats) * :param_124 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_125 >= (SELECT stats.rev_total 
FROM stats) * :param_126)), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_70 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_71) THEN CAST(scored.below AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_72 AS DOUBLE) + 0.0) ELSE CAST(:param_73 AS DOUBLE) END ELSE CAST(:param_74 AS DOUBLE) END + CAST(:param_75 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN CASE WHEN (scored.n_w = :n_w_4) THEN (SELECT pr_n.pr_n 
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
WHERE pr_n.n_w = scored.n_w) END ELSE CAST(:param_79 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND (:param_80 - scored.last_at) / :param_81 >= :param_82 AND (:param_80 - scored.last_at) / :param_81 <= :param_83, 0) = 1 AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_92) != :param_93, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_94) != :param_95, 0) = 1 AND coalesce(0, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_96) != :param_97, 0) = 1)) THEN :param_98 WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_99 WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_100 WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_6) THEN :param_101 WHEN (coalesce(scored.rev_w, :coalesce_2) < :coalesce_7) THEN :param_102 WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_103 WHEN (scored.rev_w <= :rev_w_3) THEN :param_104 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_105 < (SELECT stats.rev_total 
FROM stats) * :param_106 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_107 >= (SELECT stats.rev_total 
FROM stats) * :param_108 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_109 < (SELECT stats.rev_total 
FROM stats) * :param_110 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_111 >= (SELECT stats.rev_total 
FROM stats) * :param_112)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_127 END * scored.rev_w) * :param_128 < (SELECT stats.rev_total 
FROM stats) * :param_129) THEN :param_130 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_105 < (SELECT stats.rev_total 
FROM stats) * :param_106 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_107 >= (SELECT stats.rev_total 
FROM stats) * :param_108 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_109 < (SELECT stats.rev_total 
FROM stats) * :param_110 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_111 >= (SELECT stats.rev_total 
FROM stats) * :param_112)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_127 END * scored.rev_w) * :param_131 < (SELECT stats.rev_total 
FROM stats) * :param_132) THEN :param_133 ELSE :param_134 END NOT IN (__[POSTCOMPILE_param_135]))) THEN :param_136 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_8) != :coalesce_9)) THEN :param_137 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_138 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_139 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_140 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_2)) THEN :param_141 END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_80 - scored.last_at) / :param_81 >= :param_82 AND (:param_80 - scored.last_at) / :param_81 <= :param_83, 0) THEN :param_142 ELSE :param_143 END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) THEN :param_144 ELSE :param_145 END AS f_overdue, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_92) != :param_93, 0) THEN :param_146 ELSE :param_147 END AS f_nps, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_94) != :param_95, 0) THEN :param_148 ELSE :param_149 END AS f_conflict, CASE WHEN coalesce(0, 0) THEN :param_150 ELSE :param_151 END AS f_inquiries, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_96) != :param_97, 0) THEN :param_152 ELSE :param_153 END AS f_unreachable 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_114 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_115) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_53) THEN :param_116 ELSE :param_117 END AS active, CASE WHEN (agg.rev_w > :rev_w_5) THEN agg.rev_w ELSE :param_118 END AS positive 
FROM agg) AS ranking) AS scored 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_80 - scored.last_at) / :param_81 >= :param_82 AND (:param_80 - scored.last_at) / :param_81 <= :param_83, 0) = 1 OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_92) != :param_93, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_94) != :param_95, 0) = 1 OR coalesce(0, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_96) != :param_97, 0) = 1 UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS BIGINT), :coalesce_10) AS n_w, coalesce(CAST(NULL AS BIGINT), :coalesce_11) AS rev_w, CAST(NULL AS BIGINT) AS last_at, CAST(NULL AS BIGINT) AS first_w, coalesce(CAST(:param_154 AS DOUBLE) * CASE WHEN (CAST(NULL AS BIGINT) > :param_155) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_156) THEN CAST(CAST(NULL AS BIGINT) AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_157 AS DOUBLE) + 0.0) ELSE CAST(:param_158 AS DOUBLE) END ELSE CAST(:param_159 AS DOUBLE) END + CAST(:param_160 AS DOUBLE) * CAST(:param_161 AS DOUBLE), :coalesce_12) AS score, CAST(NULL AS BIGINT) AS positive_upto, CAST(NULL AS BIGINT) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_162 - CAST(NULL AS BIGINT)) / :param_163 >= :param_164 AND (:param_162 - CAST(NULL AS BIGINT)) / :param_163 <= :param_165, 0) = 1 AND coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_166, 0) = 1 AND coalesce((crit.bits & :bits_1) != :param_167, 0) = 1 AND coalesce((crit.bits & :bits_2) != :param_168, 0) = 1 AND coalesce((crit.bits & :bits_3) != :param_169, 0) = 1 AND coalesce((crit.bits & :bits_4) != :param_170, 0) = 1)) THEN :param_171 WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_172 WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_173 WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_10) < :coalesce_13) THEN :param_174 WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_11) < :coalesce_14) THEN :param_175 WHEN ((CASE WHEN (CAST(NULL AS BIGINT) IS NULL) THEN :param_176 WHEN (CAST(NULL AS BIGINT) <= :param_177) THEN :param_178 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_179 AND CAST(NULL AS BIGINT) > :param_180 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_181 < (SELECT stats.rev_total 
FROM stats) * :param_182 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_183) * CAST(NULL AS BIGINT)) * :param_184 >= (SELECT stats.rev_total 
FROM stats) * :param_185 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_186 < (SELECT stats.rev_total 
FROM stats) * :param_187 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_183) * CAST(NULL AS BIGINT)) * :param_188 >= (SELECT stats.rev_total 
FROM stats) * :param_189)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_190 END * CAST(NULL AS BIGINT)) * :param_191 < (SELECT stats.rev_total 
FROM stats) * :param_192) THEN :param_193 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_179 AND CAST(NULL AS BIGINT) > :param_180 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_181 < (SELECT stats.rev_total 
FROM stats) * :param_182 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_183) * CAST(NULL AS BIGINT)) * :param_184 >= (SELECT stats.rev_total 
FROM stats) * :param_185 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_186 < (SELECT stats.rev_total 
FROM stats) * :param_187 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_183) * CAST(NULL AS BIGINT)) * :param_188 >= (SELECT stats.rev_total 
FROM stats) * :param_189)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_190 END * CAST(NULL AS BIGINT)) * :param_194 < (SELECT stats.rev_total 
FROM stats) * :param_195) THEN :param_196 ELSE :param_197 END NOT IN (__[POSTCOMPILE_param_198]))) THEN :param_199 WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2 AND assignments.created_at >= :created_at_2 AND coalesce(assignments.outcome, :coalesce_15) != :coalesce_16)) THEN :param_200 WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_138 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_139 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_140 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_2)) THEN :param_201 END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_162 - CAST(NULL AS BIGINT)) / :param_163 >= :param_164 AND (:param_162 - CAST(NULL AS BIGINT)) / :param_163 <= :param_165, 0) THEN :param_202 ELSE :param_203 END AS f_recency, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_166, 0) THEN :param_204 ELSE :param_205 END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1) != :param_167, 0) THEN :param_206 ELSE :param_207 END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2) != :param_168, 0) THEN :param_208 ELSE :param_209 END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_3) != :param_169, 0) THEN :param_210 ELSE :param_211 END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_4) != :param_170, 0) THEN :param_212 ELSE :param_213 END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_162 - CAST(NULL AS BIGINT)) / :param_163 >= :param_164 AND (:param_162 - CAST(NULL AS BIGINT)) / :param_163 <= :param_165, 0) = 1 OR coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_166, 0) = 1 OR coalesce((crit.bits & :bits_1) != :param_167, 0) = 1 OR coalesce((crit.bits & :bits_2) != :param_168, 0) = 1 OR coalesce((crit.bits & :bits_3) != :param_169, 0) = 1 OR coalesce((crit.bits & :bits_4) != :param_170, 0) = 1) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_3))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_214 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_215 ELSE :param_216 END ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_217 ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_218 ELSE :param_219 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_220 ELSE :param_221 END ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_222 ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN :param_223 ELSE :param_224 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_225 ELSE :param_226 END ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_227 ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_228 ELSE :param_229 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_230 ELSE :param_231 END ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_232 ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN :param_233 ELSE :param_234 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_235 ELSE :param_236 END ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_237 ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_238 ELSE :param_239 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_240 ELSE :param_241 END ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_242 ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN :param_243 ELSE :param_244 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_245 ELSE :param_246 END ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_247 ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_248 ELSE :param_249 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_250 ELSE :param_251 END ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_252 ELSE CASE WHEN (orders.placed_at < :placed_at_42) THEN :param_253 ELSE :param_254 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5) THEN :param_255 ELSE :param_256 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6) THEN :param_257 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7) THEN :param_258 ELSE :param_259 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9) THEN :param_260 ELSE :param_261 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10) THEN :param_262 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11) THEN :param_263 ELSE :param_264 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14) THEN :param_265 ELSE :param_266 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15) THEN :param_267 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16) THEN :param_268 ELSE :param_269 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18) THEN :param_270 ELSE :param_271 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19) THEN :param_272 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20) THEN :param_273 ELSE :param_274 END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24) THEN :param_275 ELSE :param_276 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25) THEN :param_277 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26) THEN :param_278 ELSE :param_279 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28) THEN :param_280 ELSE :param_281 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29) THEN :param_282 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30) THEN :param_283 ELSE :param_284 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33) THEN :param_285 ELSE :param_286 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34) THEN :param_287 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35) THEN :param_288 ELSE :param_289 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37) THEN :param_290 ELSE :param_291 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38) THEN :param_292 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39) THEN :param_293 ELSE :param_294 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT pending.client_id AS client_id, pending.n_w AS n_w, pending.first_w AS first_w, CASE WHEN (pending.last_at < :last_at_1) THEN CASE WHEN (pending.last_at < :last_at_2) THEN CASE WHEN (pending.last_at < :last_at_3) THEN CASE WHEN (pending.last_at < :last_at_4) THEN CASE WHEN (pending.last_at < :last_at_5) THEN :param_295 ELSE :param_296 END ELSE CASE WHEN (pending.last_at < :last_at_6) THEN :param_297 ELSE CASE WHEN (pending.last_at < :last_at_7) THEN :param_298 ELSE :param_299 END END END ELSE CASE WHEN (pending.last_at < :last_at_8) THEN CASE WHEN (pending.last_at < :last_at_9) THEN :param_300 ELSE :param_301 END ELSE CASE WHEN (pending.last_at < :last_at_10) THEN :param_302 ELSE CASE WHEN (pending.last_at < :last_at_11) THEN :param_303 ELSE :param_304 END END END END ELSE CASE WHEN (pending.last_at < :last_at_12) THEN CASE WHEN (pending.last_at < :last_at_13) THEN CASE WHEN (pending.last_at < :last_at_14) THEN :param_305 ELSE :param_306 END ELSE CASE WHEN (pending.last_at < :last_at_15) THEN :param_307 ELSE CASE WHEN (pending.last_at < :last_at_16) THEN :param_308 ELSE :param_309 END END END ELSE CASE WHEN (pending.last_at < :last_at_17) THEN CASE WHEN (pending.last_at < :last_at_18) THEN :param_310 ELSE :param_311 END ELSE CASE WHEN (pending.last_at < :last_at_19) THEN :param_312 ELSE CASE WHEN (pending.last_at < :last_at_20) THEN :param_313 ELSE :param_314 END END END END END ELSE CASE WHEN (pending.last_at < :last_at_21) THEN CASE WHEN (pending.last_at < :last_at_22) THEN CASE WHEN (pending.last_at < :last_at_23) THEN CASE WHEN (pending.last_at < :last_at_24) THEN :param_315 ELSE :param_316 END ELSE CASE WHEN (pending.last_at < :last_at_25) THEN :param_317 ELSE CASE WHEN (pending.last_at < :last_at_26) THEN :param_318 ELSE :param_319 END END END ELSE CASE WHEN (pending.last_at < :last_at_27) THEN CASE WHEN (pending.last_at < :last_at_28) THEN :param_320 ELSE :param_321 END ELSE CASE WHEN (pending.last_at < :last_at_29) THEN :param_322 ELSE CASE WHEN (pending.last_at < :last_at_30) THEN :param_323 ELSE :param_324 END END END END ELSE CASE WHEN (pending.last_at < :last_at_31) THEN CASE WHEN (pending.last_at < :last_at_32) THEN CASE WHEN (pending.last_at < :last_at_33) THEN :param_325 ELSE :param_326 END ELSE CASE WHEN (pending.last_at < :last_at_34) THEN :param_327 ELSE CASE WHEN (pending.last_at < :last_at_35) THEN :param_328 ELSE :param_329 END END END ELSE CASE WHEN (pending.last_at < :last_at_36) THEN CASE WHEN (pending.last_at < :last_at_37) THEN :param_330 ELSE :param_331 END ELSE CASE WHEN (pending.last_at < :last_at_38) THEN :param_332 ELSE CASE WHEN (pending.last_at < :last_at_39) THEN :param_333 ELSE :param_334 END END END END END END AS last_m 
FROM (SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable 
FROM lost 
WHERE lost.excluded_by IS NULL) AS pending) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_54 AND :param_335 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40 OR (xyz_months.last_m - xyz_months.first_m) + :param_336 < :param_337 OR :param_338 * (:param_339 - xyz_months.first_m) > :n_w_55 * xyz_months.n_w OR :param_340 * (:param_339 - xyz_months.first_m) > :param_341 * ((xyz_months.last_m - xyz_months.first_m) + :param_336))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_43 AND orders.placed_at < :placed_at_44 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_215 ELSE :param_216 END ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_217 ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_218 ELSE :param_219 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_220 ELSE :param_221 END ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_222 ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN :param_223 ELSE :param_224 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_225 ELSE :param_226 END ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_227 ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_228 ELSE :param_229 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_230 ELSE :param_231 END ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_232 ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN :param_233 ELSE :param_234 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_235 ELSE :param_236 END ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_237 ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_238 ELSE :param_239 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_240 ELSE :param_241 END ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_242 ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN :param_243 ELSE :param_244 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_245 ELSE :param_246 END ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_247 ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_248 ELSE :param_249 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_250 ELSE :param_251 END ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_252 ELSE CASE WHEN (orders.placed_at < :placed_at_42) THEN :param_253 ELSE :param_254 END END END END END END) AS monthly GROUP BY monthly.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, CASE WHEN (xyz.k IS NULL) THEN :param_60 WHEN (xyz.k < :k_1) THEN :param_61 WHEN (xyz.s <= :s_1) THEN :param_62 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_63 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_64 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_65 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_66 ELSE :param_67 END AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((CASE WHEN (xyz.k IS NULL) THEN :param_60 WHEN (xyz.k < :k_1) THEN :param_61 WHEN (xyz.s <= :s_1) THEN :param_62 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_63 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_64 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_65 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_66 ELSE :param_67 END NOT IN (__[POSTCOMPILE_param_68]))) THEN :param_69 END AS charged 
FROM lost LEFT OUTER JOIN xyz ON xyz.client_id = lost.client_id), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_42 ELSE :param_43 END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_44 ELSE :param_45 END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_46 ELSE :param_47 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4) THEN :param_48 ELSE :param_49 END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5) THEN :param_50 ELSE :param_51 END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6) THEN :param_52 ELSE :param_53 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7) THEN :param_54 ELSE :param_55 END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8) THEN :param_56 ELSE :param_57 END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_58 ELSE :param_59 END) AS t_remaining 
FROM staged), 
cut AS 
(SELECT staged.score AS score, staged.rev_w AS rev_w 
FROM staged 
WHERE staged.charged IS NULL AND (SELECT totals.t_remaining 
FROM totals) >= :param_351 ORDER BY staged.score DESC, staged.rev_w DESC
 LIMIT :param_352 OFFSET :param_353), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_7 AND staged.peers > :peers_5 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_342 < (SELECT stats.rev_total 
FROM stats) * :param_343 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_344 >= (SELECT stats.rev_total 
FROM stats) * :param_345 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_346 < (SELECT stats.rev_total 
FROM stats) * :param_347 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_348 >= (SELECT stats.rev_total 
FROM stats) * :param_349)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_350 END AS abc_place 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NULL AND (NOT (EXISTS (SELECT * 
FROM cut)) OR staged.score > (SELECT cut.score 
FROM cut) OR staged.score = (SELECT cut.score 
FROM cut) AND staged.rev_w >= (SELECT cut.rev_w 
FROM cut)))
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_27 < (SELECT stats.rev_total 
FROM stats) * :param_28) THEN :param_29 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_30 < (SELECT stats.rev_total 
FROM stats) * :param_31) THEN :param_32 ELSE :param_33 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_34 - top.last_at) / :param_35 END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_36 ELSE :param_37 END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1 AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_38 ELSE :param_39 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_40 ELSE :param_41 END AS s_telegram 
FROM totals LEFT OUTER JOIN top ON 1 = 1 ORDER BY top.score DESC, top.rev_w DESC, top.external_id
 LIMIT :param_354 OFFSET :param_355;
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
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 1751317200
-- param_100 = 'tags'
-- param_101 = 'min_orders'
-- param_102 = 'min_revenue'
-- param_103 = 'C'
-- param_104 = 'C'
-- param_105 = 5
-- param_106 = 4
-- param_107 = 5
-- param_108 = 4
-- param_109 = 20
-- param_11 = 86400
-- param_110 = 19
-- param_111 = 20
-- param_112 = 19
-- param_113 = 1
-- param_114 = 1
-- param_115 = 1
-- param_116 = 1
-- param_117 = 0
-- param_118 = 0
-- param_119 = 5
-- param_12 = 86400
-- param_120 = 4
-- param_121 = 5
-- param_122 = 4
-- param_123 = 20
-- param_124 = 19
-- param_125 = 20
-- param_126 = 19
-- param_127 = 0
-- param_128 = 5
-- param_129 = 4
-- param_13 = 1
-- param_130 = 'A'
-- param_131 = 20
-- param_132 = 19
-- param_133 = 'B'
-- param_134 = 'C'
-- param_135 = ['A', 'B']
-- param_136 = 'abc'
-- param_137 = 'cooldown'
-- param_138 = 0
-- param_139 = 1
-- param_14 = 2
-- param_140 = 2
-- param_141 = 'opted_out'
-- param_142 = 1
-- param_143 = 0
-- param_144 = 1
-- param_145 = 0
-- param_146 = 1
-- param_147 = 0
-- param_148 = 1
-- param_149 = 0
-- param_15 = 1
-- param_150 = 1
-- param_151 = 0
-- param_152 = 1
-- param_153 = 0
-- param_154 = 0.25
-- param_155 = 0
-- param_156 = 1
-- param_157 = 1
-- param_158 = 0.0
-- param_159 = 0.0
-- param_16 = 2.5
-- param_160 = 0.75
-- param_161 = 0.0
-- param_162 = 1751317200
-- param_163 = 86400
-- param_164 = 60
-- param_165 = 900
-- param_166 = 1
-- param_167 = 0
-- param_168 = 0
-- param_169 = 0
-- param_17 = 86400
-- param_170 = 0
-- param_171 = 'not_all_criteria'
-- param_172 = 'tags'
-- param_173 = 'tags'
-- param_174 = 'min_orders'
-- param_175 = 'min_revenue'
-- param_176 = 'C'
-- param_177 = 0
-- param_178 = 'C'
-- param_179 = 0
-- param_18 = 1
-- param_180 = 1
-- param_181 = 5
-- param_182 = 4
-- param_183 = 1
-- param_184 = 5
-- param_185 = 4
-- param_186 = 20
-- param_187 = 19
-- param_188 = 20
-- param_189 = 19
-- param_19 = 0
-- param_190 = 0
-- param_191 = 5
-- param_192 = 4
-- param_193 = 'A'
-- param_194 = 20
-- param_195 = 19
-- param_196 = 'B'
-- param_197 = 'C'
-- param_198 = ['A', 'B']
-- param_199 = 'abc'
-- param_2 = 'C'
-- param_20 = 1
-- param_200 = 'cooldown'
-- param_201 = 'opted_out'
-- param_202 = 1
-- param_203 = 0
-- param_204 = 1
-- param_205 = 0
-- param_206 = 1
-- param_207 = 0
-- param_208 = 1
-- param_209 = 0
-- param_21 = 2
-- param_210 = 1
-- param_211 = 0
-- param_212 = 1
-- param_213 = 0
-- param_214 = 1
-- param_215 = 0
-- param_216 = 1
-- param_217 = 2
-- param_218 = 3
-- param_219 = 4
-- param_22 = 1
-- param_220 = 5
-- param_221 = 6
-- param_222 = 7
-- param_223 = 8
-- param_224 = 9
-- param_225 = 10
-- param_226 = 11
-- param_227 = 12
-- param_228 = 13
-- param_229 = 14
-- param_23 = 2.5
-- param_230 = 15
-- param_231 = 16
-- param_232 = 17
-- param_233 = 18
-- param_234 = 19
-- param_235 = 20
-- param_236 = 21
-- param_237 = 22
-- param_238 = 23
-- param_239 = 24
-- param_24 = 172800
-- param_240 = 25
-- param_241 = 26
-- param_242 = 27
-- param_243 = 28
-- param_244 = 29
-- param_245 = 30
-- param_246 = 31
-- param_247 = 32
-- param_248 = 33
-- param_249 = 34
-- param_25 = 1
-- param_250 = 35
-- param_251 = 36
-- param_252 = 37
-- param_253 = 38
-- param_254 = 39
-- param_255 = 0
-- param_256 = 1
-- param_257 = 2
-- param_258 = 3
-- param_259 = 4
-- param_26 = 0
-- param_260 = 5
-- param_261 = 6
-- param_262 = 7
-- param_263 = 8
-- param_264 = 9
-- param_265 = 10
-- param_266 = 11
-- param_267 = 12
-- param_268 = 13
-- param_269 = 14
-- param_27 = 5
-- param_270 = 15
-- param_271 = 16
-- param_272 = 17
-- param_273 = 18
-- param_274 = 19
-- param_275 = 20
-- param_276 = 21
-- param_277 = 22
-- param_278 = 23
-- param_279 = 24
-- param_28 = 4
-- param_280 = 25
-- param_281 = 26
-- param_282 = 27
-- param_283 = 28
-- param_284 = 29
-- param_285 = 30
-- param_286 = 31
-- param_287 = 32
-- param_288 = 33
-- param_289 = 34
-- param_29 = 'A'
-- param_290 = 35
-- param_291 = 36
-- param_292 = 37
-- param_293 = 38
-- param_294 = 39
-- param_295 = 0
-- param_296 = 1
-- param_297 = 2
-- param_298 = 3
-- param_299 = 4
-- param_3 = 1
-- param_30 = 20
-- param_300 = 5
-- param_301 = 6
-- param_302 = 7
-- param_303 = 8
-- param_304 = 9
-- param_305 = 10
-- param_306 = 11
-- param_307 = 12
-- param_308 = 13
-- param_309 = 14
-- param_31 = 19
-- param_310 = 15
-- param_311 = 16
-- param_312 = 17
-- param_313 = 18
-- param_314 = 19
-- param_315 = 20
-- param_316 = 21
-- param_317 = 22
-- param_318 = 23
-- param_319 = 24
-- param_32 = 'B'
-- param_320 = 25
-- param_321 = 26
-- param_322 = 27
-- param_323 = 28
-- param_324 = 29
-- param_325 = 30
-- param_326 = 31
-- param_327 = 32
-- param_328 = 33
-- param_329 = 34
-- param_33 = 'C'
-- param_330 = 35
-- param_331 = 36
-- param_332 = 37
-- param_333 = 38
-- param_334 = 39
-- param_335 = 624
-- param_336 = 1
-- param_337 = 3
-- param_338 = 16
-- param_339 = 40
-- param_34 = 1751317200
-- param_340 = 16
-- param_341 = 17
-- param_342 = 5
-- param_343 = 4
-- param_344 = 5
-- param_345 = 4
-- param_346 = 20
-- param_347 = 19
-- param_348 = 20
-- param_349 = 19
-- param_35 = 86400
-- param_350 = 0
-- param_351 = 250
-- param_352 = 1
-- param_353 = 249
-- param_354 = 250
-- param_355 = 0
-- param_36 = 1
-- param_37 = 0
-- param_38 = 1
-- param_39 = 0
-- param_4 = 0
-- param_40 = 1
-- param_41 = 0
-- param_42 = 1
-- param_43 = 0
-- param_44 = 1
-- param_45 = 0
-- param_46 = 1
-- param_47 = 0
-- param_48 = 1
-- param_49 = 0
-- param_5 = 0
-- param_50 = 1
-- param_51 = 0
-- param_52 = 1
-- param_53 = 0
-- param_54 = 1
-- param_55 = 0
-- param_56 = 1
-- param_57 = 0
-- param_58 = 1
-- param_59 = 0
-- param_6 = 0
-- param_60 = 'Z'
-- param_61 = 'Z'
-- param_62 = 'Z'
-- param_63 = 0.01
-- param_64 = 'X'
-- param_65 = 0.0625
-- param_66 = 'Y'
-- param_67 = 'Z'
-- param_68 = ['X', 'Y']
-- param_69 = 'xyz'
-- param_7 = 2.5
-- param_70 = 0.25
-- param_71 = 1
-- param_72 = 1
-- param_73 = 0.0
-- param_74 = 0.0
-- param_75 = 0.75
-- param_76 = 1
-- param_77 = 1
-- param_78 = 0.0
-- param_79 = 0.0
-- param_8 = 1
-- param_80 = 1751317200
-- param_81 = 86400
-- param_82 = 60
-- param_83 = 900
-- param_84 = 1
-- param_85 = 0
-- param_86 = 2
-- param_87 = 4
-- param_88 = 0
-- param_89 = 8
-- param_9 = 2
-- param_90 = 1
-- param_91 = 0
-- param_92 = 1
-- param_93 = 0
-- param_94 = 2
-- param_95 = 0
-- param_96 = 8
-- param_97 = 0
-- param_98 = 'not_all_criteria'
-- param_99 = 'tags'
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
