-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='stats', excluded=False, client='C-00042')
WITH stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS BIGINT) AS rev_total 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1) THEN :param_6 WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE) * client_order_stats.median_gap2 <= ((:param_8 - client_order_stats.last_order_at) / :param_9) * :param_10) THEN :param_11 ELSE :param_12 END AS overdue 
FROM client_order_stats) AS agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_62) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / (CAST(sum(hist.cnt) OVER () - :param_63 AS DOUBLE) + 0.0) ELSE CAST(:param_64 AS DOUBLE) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1) THEN :param_6 WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE) * client_order_stats.median_gap2 <= ((:param_8 - client_order_stats.last_order_at) / :param_9) * :param_10) THEN :param_11 ELSE :param_12 END AS overdue 
FROM client_order_stats) AS agg 
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
HAVING count(*) = :count_1 AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_4) = :coalesce_5) THEN :param_76 ELSE :param_77 END) = :sum_1), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1 AND nps.answered_at >= :answered_at_1) THEN :param_70 ELSE :param_71 END AS bits 
FROM nps UNION ALL SELECT "conflict".client_id AS client_id, :param_72 AS bits 
FROM "conflict" UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1) THEN :param_73 ELSE :param_74 END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_75 AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
scored_again AS 
(SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, CASE WHEN (client_order_stats.orders_count < :orders_count_2) THEN :param_100 WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_101 AS DOUBLE) * client_order_stats.median_gap2 <= ((:param_102 - client_order_stats.last_order_at) / :param_103) * :param_104) THEN :param_105 ELSE :param_106 END AS overdue, rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_107 AS below, count(*) OVER (ORDER BY client_order_stats.revenue_minor) - (rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_108) AS peers, CAST(sum(CASE WHEN (client_order_stats.revenue_minor > :revenue_minor_1) THEN client_order_stats.revenue_minor ELSE :param_109 END) OVER (ORDER BY client_order_stats.revenue_minor) AS BIGINT) AS positive_upto 
FROM client_order_stats), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_99 AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_5 AND scored_again.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_110 < (SELECT stats.rev_total 
FROM stats) * :param_111 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_112 >= (SELECT stats.rev_total 
FROM stats) * :param_113 OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_114 < (SELECT stats.rev_total 
FROM stats) * :param_115 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_116 >= (SELECT stats.rev_total 
FROM stats) * :param_117)), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, coalesce(CAST(:param_56 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_57) THEN CAST(scored.below AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_58 AS DOUBLE) + 0.0) ELSE CAST(:param_59 AS DOUBLE) END ELSE CAST(:param_60 AS DOUBLE) END + CAST(:param_61 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN CASE WHEN (scored.n_w = :n_w_4) THEN (SELECT pr_n.pr_n 
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
WHERE pr_n.n_w = scored.n_w) END ELSE CAST(:param_65 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND (:param_66 - scored.last_at) / :param_67 >= :param_68 AND (:param_66 - scored.last_at) / :param_67 <= :param_69, 0) = 1 AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_78) != :param_79, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_80) != :param_81, 0) = 1 AND coalesce(0, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_82) != :param_83, 0) = 1)) THEN :param_84 WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_85 WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_86 WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_6) THEN :param_87 WHEN (coalesce(scored.rev_w, :coalesce_2) < :coalesce_7) THEN :param_88 WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_89 WHEN (scored.rev_w <= :rev_w_3) THEN :param_90 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_91 < (SELECT stats.rev_total 
FROM stats) * :param_92 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_93 >= (SELECT stats.rev_total 
FROM stats) * :param_94 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_95 < (SELECT stats.rev_total 
FROM stats) * :param_96 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_97 >= (SELECT stats.rev_total 
FROM stats) * :param_98)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_118 END * scored.rev_w) * :param_119 < (SELECT stats.rev_total 
FROM stats) * :param_120) THEN :param_121 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_91 < (SELECT stats.rev_total 
FROM stats) * :param_92 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_93 >= (SELECT stats.rev_total 
FROM stats) * :param_94 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_95 < (SELECT stats.rev_total 
FROM stats) * :param_96 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_97 >= (SELECT stats.rev_total 
FROM stats) * :param_98)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_118 END * scored.rev_w) * :param_122 < (SELECT stats.rev_total 
FROM stats) * :param_123) THEN :param_124 ELSE :param_125 END NOT IN (__[POSTCOMPILE_param_126]))) THEN :param_127 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_8) != :coalesce_9)) THEN :param_128 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_129 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_130 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_131 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_2)) THEN :param_132 END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_66 - scored.last_at) / :param_67 >= :param_68 AND (:param_66 - scored.last_at) / :param_67 <= :param_69, 0) THEN :param_133 ELSE :param_134 END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) THEN :param_135 ELSE :param_136 END AS f_overdue, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_78) != :param_79, 0) THEN :param_137 ELSE :param_138 END AS f_nps, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_80) != :param_81, 0) THEN :param_139 ELSE :param_140 END AS f_conflict, CASE WHEN coalesce(0, 0) THEN :param_141 ELSE :param_142 END AS f_inquiries, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_82) != :param_83, 0) THEN :param_143 ELSE :param_144 END AS f_unreachable 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, CASE WHEN (client_order_stats.orders_count < :orders_count_2) THEN :param_100 WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_101 AS DOUBLE) * client_order_stats.median_gap2 <= ((:param_102 - client_order_stats.last_order_at) / :param_103) * :param_104) THEN :param_105 ELSE :param_106 END AS overdue, rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_107 AS below, count(*) OVER (ORDER BY client_order_stats.revenue_minor) - (rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_108) AS peers, CAST(sum(CASE WHEN (client_order_stats.revenue_minor > :revenue_minor_1) THEN client_order_stats.revenue_minor ELSE :param_109 END) OVER (ORDER BY client_order_stats.revenue_minor) AS BIGINT) AS positive_upto 
FROM client_order_stats) AS scored 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_66 - scored.last_at) / :param_67 >= :param_68 AND (:param_66 - scored.last_at) / :param_67 <= :param_69, 0) = 1 OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_78) != :param_79, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_80) != :param_81, 0) = 1 OR coalesce(0, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_82) != :param_83, 0) = 1 UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS BIGINT), :coalesce_10) AS n_w, coalesce(CAST(NULL AS BIGINT), :coalesce_11) AS rev_w, CAST(NULL AS BIGINT) AS last_at, coalesce(CAST(:param_145 AS DOUBLE) * CASE WHEN (CAST(NULL AS BIGINT) > :param_146) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_147) THEN CAST(CAST(NULL AS BIGINT) AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_148 AS DOUBLE) + 0.0) ELSE CAST(:param_149 AS DOUBLE) END ELSE CAST(:param_150 AS DOUBLE) END + CAST(:param_151 AS DOUBLE) * CAST(:param_152 AS DOUBLE), :coalesce_12) AS score, CAST(NULL AS BIGINT) AS positive_upto, CAST(NULL AS BIGINT) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_153 - CAST(NULL AS BIGINT)) / :param_154 >= :param_155 AND (:param_153 - CAST(NULL AS BIGINT)) / :param_154 <= :param_156, 0) = 1 AND coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_157, 0) = 1 AND coalesce((crit.bits & :bits_1) != :param_158, 0) = 1 AND coalesce((crit.bits & :bits_2) != :param_159, 0) = 1 AND coalesce((crit.bits & :bits_3) != :param_160, 0) = 1 AND coalesce((crit.bits & :bits_4) != :param_161, 0) = 1)) THEN :param_162 WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_163 WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_164 WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_10) < :coalesce_13) THEN :param_165 WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_11) < :coalesce_14) THEN :param_166 WHEN ((CASE WHEN (CAST(NULL AS BIGINT) IS NULL) THEN :param_167 WHEN (CAST(NULL AS BIGINT) <= :param_168) THEN :param_169 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_170 AND CAST(NULL AS BIGINT) > :param_171 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_172 < (SELECT stats.rev_total 
FROM stats) * :param_173 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_174) * CAST(NULL AS BIGINT)) * :param_175 >= (SELECT stats.rev_total 
FROM stats) * :param_176 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_177 < (SELECT stats.rev_total 
FROM stats) * :param_178 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_174) * CAST(NULL AS BIGINT)) * :param_179 >= (SELECT stats.rev_total 
FROM stats) * :param_180)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_181 END * CAST(NULL AS BIGINT)) * :param_182 < (SELECT stats.rev_total 
FROM stats) * :param_183) THEN :param_184 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_170 AND CAST(NULL AS BIGINT) > :param_171 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_172 < (SELECT stats.rev_total 
FROM stats) * :param_173 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_174) * CAST(NULL AS BIGINT)) * :param_175 >= (SELECT stats.rev_total 
FROM stats) * :param_176 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_177 < (SELECT stats.rev_total 
FROM stats) * :param_178 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_174) * CAST(NULL AS BIGINT)) * :param_179 >= (SELECT stats.rev_total 
FROM stats) * :param_180)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_181 END * CAST(NULL AS BIGINT)) * :param_185 < (SELECT stats.rev_total 
FROM stats) * :param_186) THEN :param_187 ELSE :param_188 END NOT IN (__[POSTCOMPILE_param_189]))) THEN :param_190 WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2 AND assignments.created_at >= :created_at_2 AND coalesce(assignments.outcome, :coalesce_15) != :coalesce_16)) THEN :param_191 WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_129 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_130 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_131 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_2)) THEN :param_192 END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_153 - CAST(NULL AS BIGINT)) / :param_154 >= :param_155 AND (:param_153 - CAST(NULL AS BIGINT)) / :param_154 <= :param_156, 0) THEN :param_193 ELSE :param_194 END AS f_recency, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_157, 0) THEN :param_195 ELSE :param_196 END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1) != :param_158, 0) THEN :param_197 ELSE :param_198 END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2) != :param_159, 0) THEN :param_199 ELSE :param_200 END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_3) != :param_160, 0) THEN :param_201 ELSE :param_202 END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_4) != :param_161, 0) THEN :param_203 ELSE :param_204 END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_153 - CAST(NULL AS BIGINT)) / :param_154 >= :param_155 AND (:param_153 - CAST(NULL AS BIGINT)) / :param_154 <= :param_156, 0) = 1 OR coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_157, 0) = 1 OR coalesce((crit.bits & :bits_1) != :param_158, 0) = 1 OR coalesce((crit.bits & :bits_2) != :param_159, 0) = 1 OR coalesce((crit.bits & :bits_3) != :param_160, 0) = 1 OR coalesce((crit.bits & :bits_4) != :param_161, 0) = 1) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_1))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_205 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_2) THEN CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN :param_206 ELSE :param_207 END ELSE CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_208 ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_209 ELSE :param_210 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_211 ELSE :param_212 END ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_213 ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_214 ELSE :param_215 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_216 ELSE :param_217 END ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_218 ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_219 ELSE :param_220 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_221 ELSE :param_222 END ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_223 ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_224 ELSE :param_225 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN :param_226 ELSE :param_227 END ELSE CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_228 ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_229 ELSE :param_230 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_231 ELSE :param_232 END ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_233 ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_234 ELSE :param_235 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_236 ELSE :param_237 END ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_238 ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_239 ELSE :param_240 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_241 ELSE :param_242 END ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_243 ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_244 ELSE :param_245 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.first_order_at < :first_order_at_1) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_2) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_3) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_4) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_5) THEN :param_246 ELSE :param_247 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_6) THEN :param_248 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_7) THEN :param_249 ELSE :param_250 END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_8) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_9) THEN :param_251 ELSE :param_252 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_10) THEN :param_253 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_11) THEN :param_254 ELSE :param_255 END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_12) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_13) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_14) THEN :param_256 ELSE :param_257 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_15) THEN :param_258 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_16) THEN :param_259 ELSE :param_260 END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_17) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_18) THEN :param_261 ELSE :param_262 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_19) THEN :param_263 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_20) THEN :param_264 ELSE :param_265 END END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_21) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_22) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_23) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_24) THEN :param_266 ELSE :param_267 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_25) THEN :param_268 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_26) THEN :param_269 ELSE :param_270 END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_27) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_28) THEN :param_271 ELSE :param_272 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_29) THEN :param_273 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_30) THEN :param_274 ELSE :param_275 END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_31) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_32) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_33) THEN :param_276 ELSE :param_277 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_34) THEN :param_278 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_35) THEN :param_279 ELSE :param_280 END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_36) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_37) THEN :param_281 ELSE :param_282 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_38) THEN :param_283 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_39) THEN :param_284 ELSE :param_285 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.last_m AS last_m 
FROM (SELECT pending.client_id AS client_id, pending.n_w AS n_w, CASE WHEN (pending.last_at < :last_at_1) THEN CASE WHEN (pending.last_at < :last_at_2) THEN CASE WHEN (pending.last_at < :last_at_3) THEN CASE WHEN (pending.last_at < :last_at_4) THEN CASE WHEN (pending.last_at < :last_at_5) THEN :param_286 ELSE :param_287 END ELSE CASE WHEN (pending.last_at < :last_at_6) THEN :param_288 ELSE CASE WHEN (pending.last_at < :last_at_7) THEN :param_289 ELSE :param_290 END END END ELSE CASE WHEN (pending.last_at < :last_at_8) THEN CASE WHEN (pending.last_at < :last_at_9) THEN :param_291 ELSE :param_292 END ELSE CASE WHEN (pending.last_at < :last_at_10) THEN :param_293 ELSE CASE WHEN (pending.last_at < :last_at_11) THEN :param_294 ELSE :param_295 END END END END ELSE CASE WHEN (pending.last_at < :last_at_12) THEN CASE WHEN (pending.last_at < :last_at_13) THEN CASE WHEN (pending.last_at < :last_at_14) THEN :param_296 ELSE :param_297 END ELSE CASE WHEN (pending.last_at < :last_at_15) THEN :param_298 ELSE CASE WHEN (pending.last_at < :last_at_16) THEN :param_299 ELSE :param_300 END END END ELSE CASE WHEN (pending.last_at < :last_at_17) THEN CASE WHEN (pending.last_at < :last_at_18) THEN :param_301 ELSE :param_302 END ELSE CASE WHEN (pending.last_at < :last_at_19) THEN :param_303 ELSE CASE WHEN (pending.last_at < :last_at_20) THEN :param_304 ELSE :param_305 END END END END END ELSE CASE WHEN (pending.last_at < :last_at_21) THEN CASE WHEN (pending.last_at < :last_at_22) THEN CASE WHEN (pending.last_at < :last_at_23) THEN CASE WHEN (pending.last_at < :last_at_24) THEN :param_306 ELSE :param_307 END ELSE CASE WHEN (pending.last_at < :last_at_25) THEN :param_308 ELSE CASE WHEN (pending.last_at < :last_at_26) THEN :param_309 ELSE :param_310 END END END ELSE CASE WHEN (pending.last_at < :last_at_27) THEN CASE WHEN (pending.last_at < :last_at_28) THEN :param_311 ELSE :param_312 END ELSE CASE WHEN (pending.last_at < :last_at_29) THEN :param_313 ELSE CASE WHEN (pending.last_at < :last_at_30) THEN :param_314 ELSE :param_315 END END END END ELSE CASE WHEN (pending.last_at < :last_at_31) THEN CASE WHEN (pending.last_at < :last_at_32) THEN CASE WHEN (pending.last_at < :last_at_33) THEN :param_316 ELSE :param_317 END ELSE CASE WHEN (pending.last_at < :last_at_34) THEN :param_318 ELSE CASE WHEN (pending.last_at < :last_at_35) THEN :param_319 ELSE :param_320 END END END ELSE CASE WHEN (pending.last_at < :last_at_36) THEN CASE WHEN (pending.last_at < :last_at_37) THEN :param_321 ELSE :param_322 END ELSE CASE WHEN (pending.last_at < :last_at_38) THEN :param_323 ELSE CASE WHEN (pending.last_at < :last_at_39) THEN :param_324 ELSE :param_325 END END END END END END AS last_m 
FROM (SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable 
FROM lost 
WHERE lost.excluded_by IS NULL) AS pending) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_53 AND :param_326 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe JOIN client_order_stats ON client_order_stats.client_id = xyz_maybe.client_id) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_1 OR (xyz_months.last_m - xyz_months.first_m) + :param_327 < :param_328 OR :param_329 * (:param_330 - xyz_months.first_m) > :n_w_54 * xyz_months.n_w OR :param_331 * (:param_330 - xyz_months.first_m) > :param_332 * ((xyz_months.last_m - xyz_months.first_m) + :param_327))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_41 AND orders.placed_at < :placed_at_42 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_2) THEN CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN :param_206 ELSE :param_207 END ELSE CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_208 ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_209 ELSE :param_210 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_211 ELSE :param_212 END ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_213 ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_214 ELSE :param_215 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_216 ELSE :param_217 END ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_218 ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_219 ELSE :param_220 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_221 ELSE :param_222 END ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_223 ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_224 ELSE :param_225 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN :param_226 ELSE :param_227 END ELSE CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_228 ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_229 ELSE :param_230 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_231 ELSE :param_232 END ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_233 ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_234 ELSE :param_235 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_236 ELSE :param_237 END ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_238 ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_239 ELSE :param_240 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_241 ELSE :param_242 END ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_243 ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_244 ELSE :param_245 END END END END END END) AS monthly GROUP BY monthly.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, CASE WHEN (xyz.k IS NULL) THEN :param_46 WHEN (xyz.k < :k_1) THEN :param_47 WHEN (xyz.s <= :s_1) THEN :param_48 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_49 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_50 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_51 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_52 ELSE :param_53 END AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((CASE WHEN (xyz.k IS NULL) THEN :param_46 WHEN (xyz.k < :k_1) THEN :param_47 WHEN (xyz.s <= :s_1) THEN :param_48 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_49 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_50 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_51 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_52 ELSE :param_53 END NOT IN (__[POSTCOMPILE_param_54]))) THEN :param_55 END AS charged 
FROM lost LEFT OUTER JOIN xyz ON xyz.client_id = lost.client_id), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_28 ELSE :param_29 END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_30 ELSE :param_31 END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_32 ELSE :param_33 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4) THEN :param_34 ELSE :param_35 END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5) THEN :param_36 ELSE :param_37 END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6) THEN :param_38 ELSE :param_39 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7) THEN :param_40 ELSE :param_41 END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8) THEN :param_42 ELSE :param_43 END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_44 ELSE :param_45 END) AS t_remaining 
FROM staged), 
target AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_6 AND staged.peers > :peers_5 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_336 < (SELECT stats.rev_total 
FROM stats) * :param_337 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_338 >= (SELECT stats.rev_total 
FROM stats) * :param_339 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_340 < (SELECT stats.rev_total 
FROM stats) * :param_341 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_342 >= (SELECT stats.rev_total 
FROM stats) * :param_343)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_344 END AS abc_place, CASE WHEN (staged.charged IS NULL) THEN :param_333 ELSE :param_334 END AS kind 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE clients.external_id = :external_id_1), 
top AS 
(SELECT target.client_id AS client_id, target.n_w AS n_w, target.rev_w AS rev_w, target.last_at AS last_at, target.score AS score, target.positive_upto AS positive_upto, target.peers AS peers, target.excluded_by AS excluded_by, target.f_recency AS f_recency, target.f_overdue AS f_overdue, target.f_nps AS f_nps, target.f_conflict AS f_conflict, target.f_inquiries AS f_inquiries, target.f_unreachable AS f_unreachable, target.xyz AS xyz, target.charged AS charged, target.external_id AS external_id, target.name AS name, target.email AS email, target.phone AS phone, target.telegram_chat_id AS telegram_chat_id, target.timezone AS timezone, target.locale AS locale, target.manager AS manager, target.email_consent AS email_consent, target.sms_consent AS sms_consent, target.telegram_consent AS telegram_consent, target.abc_place AS abc_place, target.kind AS kind, (SELECT count(*) AS count_3 
FROM staged 
WHERE CASE WHEN (staged.charged IS NULL) THEN :param_333 ELSE :param_334 END = target.kind AND (staged.score > target.score OR staged.score = target.score AND (staged.rev_w > target.rev_w OR staged.rev_w = target.rev_w AND (SELECT clients.external_id 
FROM clients 
WHERE clients.id = staged.client_id) < target.external_id))) + :param_335 AS rank 
FROM target)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.charged, top.rank, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_13 < (SELECT stats.rev_total 
FROM stats) * :param_14) THEN :param_15 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_16 < (SELECT stats.rev_total 
FROM stats) * :param_17) THEN :param_18 ELSE :param_19 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_20 - top.last_at) / :param_21 END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_22 ELSE :param_23 END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1 AS anon_1 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_24 ELSE :param_25 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_26 ELSE :param_27 END AS s_telegram 
FROM totals LEFT OUTER JOIN top ON 1 = 1 ORDER BY top.rank;
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
-- external_id_1 = 'C-00042'
-- first_order_at_1 = 1698786000
-- first_order_at_10 = 1667250000
-- first_order_at_11 = 1669842000
-- first_order_at_12 = 1685566800
-- first_order_at_13 = 1677618000
-- first_order_at_14 = 1675198800
-- first_order_at_15 = 1680296400
-- first_order_at_16 = 1682888400
-- first_order_at_17 = 1690837200
-- first_order_at_18 = 1688158800
-- first_order_at_19 = 1693515600
-- first_order_at_2 = 1672520400
-- first_order_at_20 = 1696107600
-- first_order_at_21 = 1725138000
-- first_order_at_22 = 1711918800
-- first_order_at_23 = 1704056400
-- first_order_at_24 = 1701378000
-- first_order_at_25 = 1706734800
-- first_order_at_26 = 1709240400
-- first_order_at_27 = 1717189200
-- first_order_at_28 = 1714510800
-- first_order_at_29 = 1719781200
-- first_order_at_3 = 1659301200
-- first_order_at_30 = 1722459600
-- first_order_at_31 = 1738357200
-- first_order_at_32 = 1730408400
-- first_order_at_33 = 1727730000
-- first_order_at_34 = 1733000400
-- first_order_at_35 = 1735678800
-- first_order_at_36 = 1743454800
-- first_order_at_37 = 1740776400
-- first_order_at_38 = 1746046800
-- first_order_at_39 = 1748725200
-- first_order_at_4 = 1651352400
-- first_order_at_5 = 1648760400
-- first_order_at_6 = 1654030800
-- first_order_at_7 = 1656622800
-- first_order_at_8 = 1664571600
-- first_order_at_9 = 1661979600
-- first_w_1 = 1751317200
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
-- n_w_53 = 3
-- n_w_54 = 17
-- n_w_6 = 1
-- n_w_7 = 2
-- n_w_8 = 2
-- n_w_9 = 3
-- occurred_at_1 = 1751317200
-- occurred_at_2 = 1743541200
-- occurred_at_3 = 1751317200
-- occurred_at_4 = 1751317200
-- orders_count_1 = 4
-- orders_count_2 = 4
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 172800
-- param_100 = 0
-- param_101 = 2.5
-- param_102 = 1751317200
-- param_103 = 86400
-- param_104 = 172800
-- param_105 = 1
-- param_106 = 0
-- param_107 = 1
-- param_108 = 1
-- param_109 = 0
-- param_11 = 1
-- param_110 = 5
-- param_111 = 4
-- param_112 = 5
-- param_113 = 4
-- param_114 = 20
-- param_115 = 19
-- param_116 = 20
-- param_117 = 19
-- param_118 = 0
-- param_119 = 5
-- param_12 = 0
-- param_120 = 4
-- param_121 = 'A'
-- param_122 = 20
-- param_123 = 19
-- param_124 = 'B'
-- param_125 = 'C'
-- param_126 = ['A', 'B']
-- param_127 = 'abc'
-- param_128 = 'cooldown'
-- param_129 = 0
-- param_13 = 5
-- param_130 = 1
-- param_131 = 2
-- param_132 = 'opted_out'
-- param_133 = 1
-- param_134 = 0
-- param_135 = 1
-- param_136 = 0
-- param_137 = 1
-- param_138 = 0
-- param_139 = 1
-- param_14 = 4
-- param_140 = 0
-- param_141 = 1
-- param_142 = 0
-- param_143 = 1
-- param_144 = 0
-- param_145 = 0.25
-- param_146 = 0
-- param_147 = 1
-- param_148 = 1
-- param_149 = 0.0
-- param_15 = 'A'
-- param_150 = 0.0
-- param_151 = 0.75
-- param_152 = 0.0
-- param_153 = 1751317200
-- param_154 = 86400
-- param_155 = 60
-- param_156 = 900
-- param_157 = 1
-- param_158 = 0
-- param_159 = 0
-- param_16 = 20
-- param_160 = 0
-- param_161 = 0
-- param_162 = 'not_all_criteria'
-- param_163 = 'tags'
-- param_164 = 'tags'
-- param_165 = 'min_orders'
-- param_166 = 'min_revenue'
-- param_167 = 'C'
-- param_168 = 0
-- param_169 = 'C'
-- param_17 = 19
-- param_170 = 0
-- param_171 = 1
-- param_172 = 5
-- param_173 = 4
-- param_174 = 1
-- param_175 = 5
-- param_176 = 4
-- param_177 = 20
-- param_178 = 19
-- param_179 = 20
-- param_18 = 'B'
-- param_180 = 19
-- param_181 = 0
-- param_182 = 5
-- param_183 = 4
-- param_184 = 'A'
-- param_185 = 20
-- param_186 = 19
-- param_187 = 'B'
-- param_188 = 'C'
-- param_189 = ['A', 'B']
-- param_19 = 'C'
-- param_190 = 'abc'
-- param_191 = 'cooldown'
-- param_192 = 'opted_out'
-- param_193 = 1
-- param_194 = 0
-- param_195 = 1
-- param_196 = 0
-- param_197 = 1
-- param_198 = 0
-- param_199 = 1
-- param_2 = 'C'
-- param_20 = 1751317200
-- param_200 = 0
-- param_201 = 1
-- param_202 = 0
-- param_203 = 1
-- param_204 = 0
-- param_205 = 1
-- param_206 = 0
-- param_207 = 1
-- param_208 = 2
-- param_209 = 3
-- param_21 = 86400
-- param_210 = 4
-- param_211 = 5
-- param_212 = 6
-- param_213 = 7
-- param_214 = 8
-- param_215 = 9
-- param_216 = 10
-- param_217 = 11
-- param_218 = 12
-- param_219 = 13
-- param_22 = 1
-- param_220 = 14
-- param_221 = 15
-- param_222 = 16
-- param_223 = 17
-- param_224 = 18
-- param_225 = 19
-- param_226 = 20
-- param_227 = 21
-- param_228 = 22
-- param_229 = 23
-- param_23 = 0
-- param_230 = 24
-- param_231 = 25
-- param_232 = 26
-- param_233 = 27
-- param_234 = 28
-- param_235 = 29
-- param_236 = 30
-- param_237 = 31
-- param_238 = 32
-- param_239 = 33
-- param_24 = 1
-- param_240 = 34
-- param_241 = 35
-- param_242 = 36
-- param_243 = 37
-- param_244 = 38
-- param_245 = 39
-- param_246 = 0
-- param_247 = 1
-- param_248 = 2
-- param_249 = 3
-- param_25 = 0
-- param_250 = 4
-- param_251 = 5
-- param_252 = 6
-- param_253 = 7
-- param_254 = 8
-- param_255 = 9
-- param_256 = 10
-- param_257 = 11
-- param_258 = 12
-- param_259 = 13
-- param_26 = 1
-- param_260 = 14
-- param_261 = 15
-- param_262 = 16
-- param_263 = 17
-- param_264 = 18
-- param_265 = 19
-- param_266 = 20
-- param_267 = 21
-- param_268 = 22
-- param_269 = 23
-- param_27 = 0
-- param_270 = 24
-- param_271 = 25
-- param_272 = 26
-- param_273 = 27
-- param_274 = 28
-- param_275 = 29
-- param_276 = 30
-- param_277 = 31
-- param_278 = 32
-- param_279 = 33
-- param_28 = 1
-- param_280 = 34
-- param_281 = 35
-- param_282 = 36
-- param_283 = 37
-- param_284 = 38
-- param_285 = 39
-- param_286 = 0
-- param_287 = 1
-- param_288 = 2
-- param_289 = 3
-- param_29 = 0
-- param_290 = 4
-- param_291 = 5
-- param_292 = 6
-- param_293 = 7
-- param_294 = 8
-- param_295 = 9
-- param_296 = 10
-- param_297 = 11
-- param_298 = 12
-- param_299 = 13
-- param_3 = 1
-- param_30 = 1
-- param_300 = 14
-- param_301 = 15
-- param_302 = 16
-- param_303 = 17
-- param_304 = 18
-- param_305 = 19
-- param_306 = 20
-- param_307 = 21
-- param_308 = 22
-- param_309 = 23
-- param_31 = 0
-- param_310 = 24
-- param_311 = 25
-- param_312 = 26
-- param_313 = 27
-- param_314 = 28
-- param_315 = 29
-- param_316 = 30
-- param_317 = 31
-- param_318 = 32
-- param_319 = 33
-- param_32 = 1
-- param_320 = 34
-- param_321 = 35
-- param_322 = 36
-- param_323 = 37
-- param_324 = 38
-- param_325 = 39
-- param_326 = 624
-- param_327 = 1
-- param_328 = 3
-- param_329 = 16
-- param_33 = 0
-- param_330 = 40
-- param_331 = 16
-- param_332 = 17
-- param_333 = 0
-- param_334 = 1
-- param_335 = 1
-- param_336 = 5
-- param_337 = 4
-- param_338 = 5
-- param_339 = 4
-- param_34 = 1
-- param_340 = 20
-- param_341 = 19
-- param_342 = 20
-- param_343 = 19
-- param_344 = 0
-- param_35 = 0
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
-- param_46 = 'Z'
-- param_47 = 'Z'
-- param_48 = 'Z'
-- param_49 = 0.01
-- param_5 = 0
-- param_50 = 'X'
-- param_51 = 0.0625
-- param_52 = 'Y'
-- param_53 = 'Z'
-- param_54 = ['X', 'Y']
-- param_55 = 'xyz'
-- param_56 = 0.25
-- param_57 = 1
-- param_58 = 1
-- param_59 = 0.0
-- param_6 = 0
-- param_60 = 0.0
-- param_61 = 0.75
-- param_62 = 1
-- param_63 = 1
-- param_64 = 0.0
-- param_65 = 0.0
-- param_66 = 1751317200
-- param_67 = 86400
-- param_68 = 60
-- param_69 = 900
-- param_7 = 2.5
-- param_70 = 1
-- param_71 = 0
-- param_72 = 2
-- param_73 = 4
-- param_74 = 0
-- param_75 = 8
-- param_76 = 1
-- param_77 = 0
-- param_78 = 1
-- param_79 = 0
-- param_8 = 1751317200
-- param_80 = 2
-- param_81 = 0
-- param_82 = 8
-- param_83 = 0
-- param_84 = 'not_all_criteria'
-- param_85 = 'tags'
-- param_86 = 'tags'
-- param_87 = 'min_orders'
-- param_88 = 'min_revenue'
-- param_89 = 'C'
-- param_9 = 86400
-- param_90 = 'C'
-- param_91 = 5
-- param_92 = 4
-- param_93 = 5
-- param_94 = 4
-- param_95 = 20
-- param_96 = 19
-- param_97 = 20
-- param_98 = 19
-- param_99 = 1
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
-- peers_5 = 1
-- peers_6 = 1
-- placed_at_1 = 1751317200
-- placed_at_10 = 1661979600
-- placed_at_11 = 1667250000
-- placed_at_12 = 1669842000
-- placed_at_13 = 1685566800
-- placed_at_14 = 1677618000
-- placed_at_15 = 1675198800
-- placed_at_16 = 1680296400
-- placed_at_17 = 1682888400
-- placed_at_18 = 1690837200
-- placed_at_19 = 1688158800
-- placed_at_2 = 1698786000
-- placed_at_20 = 1693515600
-- placed_at_21 = 1696107600
-- placed_at_22 = 1725138000
-- placed_at_23 = 1711918800
-- placed_at_24 = 1704056400
-- placed_at_25 = 1701378000
-- placed_at_26 = 1706734800
-- placed_at_27 = 1709240400
-- placed_at_28 = 1717189200
-- placed_at_29 = 1714510800
-- placed_at_3 = 1672520400
-- placed_at_30 = 1719781200
-- placed_at_31 = 1722459600
-- placed_at_32 = 1738357200
-- placed_at_33 = 1730408400
-- placed_at_34 = 1727730000
-- placed_at_35 = 1733000400
-- placed_at_36 = 1735678800
-- placed_at_37 = 1743454800
-- placed_at_38 = 1740776400
-- placed_at_39 = 1746046800
-- placed_at_4 = 1659301200
-- placed_at_40 = 1748725200
-- placed_at_41 = 1646082000
-- placed_at_42 = 1751317200
-- placed_at_5 = 1651352400
-- placed_at_6 = 1648760400
-- placed_at_7 = 1654030800
-- placed_at_8 = 1656622800
-- placed_at_9 = 1664571600
-- rev_w_1 = 0
-- rev_w_2 = 0
-- rev_w_3 = 0
-- rev_w_4 = 0
-- rev_w_5 = 0
-- rev_w_6 = 0
-- revenue_minor_1 = 0
-- rn_1 = 1
-- rn_2 = 3
-- s_1 = 0
-- score_1 = 6
-- sum_1 = 0
-- tag_1 = ['retail', 'vip']
-- tag_2 = ['key-account']
-- tag_3 = ['retail', 'vip']
-- tag_4 = ['key-account']
