-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='orders', excluded=True, client=None)
WITH agg AS 
(SELECT gaps.client_id AS client_id, gaps.n_all AS n_all, gaps.last_at AS last_at, gaps.rev_w AS rev_w, gaps.n_w AS n_w, gaps.first_w AS first_w, CASE WHEN (gaps.n_all >= :n_all_1 AND ((gaps.n_all - :n_all_2) % :param_6 = :param_7 AND :gaps_le_1 * gaps.gaps_le >= (gaps.n_all - :n_all_2) + :param_8 OR (gaps.n_all - :n_all_2) % :param_6 != :param_7 AND (gaps.gaps_le >= FLOOR((gaps.n_all - :n_all_2) / :param_9) + :param_10 OR gaps.gaps_le = FLOOR((gaps.n_all - :n_all_2) / :param_9) AND CAST(:param_11 AS DOUBLE) * (gaps.gap_lo + gaps.gap_hi) <= (FLOOR((:param_12 - gaps.last_at) / :param_13)) * :param_14))) THEN :param_15 ELSE :param_16 END AS overdue 
FROM (SELECT o.client_id AS client_id, count(*) AS n_all, max(o.last_at) AS last_at, CAST(sum(CASE WHEN (o.placed_at >= :placed_at_1) THEN o.amount_minor ELSE :param_17 END) AS SIGNED INTEGER) AS rev_w, sum(CASE WHEN (o.placed_at >= :placed_at_1) THEN :param_18 ELSE :param_19 END) AS n_w, min(CASE WHEN (o.placed_at >= :placed_at_2) THEN o.placed_at END) AS first_w, sum(CASE WHEN (o.gap IS NOT NULL AND CAST(:param_20 AS DOUBLE) * o.gap <= (FLOOR((:param_21 - o.last_at) / :param_22)) * :param_23) THEN :param_24 ELSE :param_25 END) AS gaps_le, max(CASE WHEN (o.gap IS NOT NULL AND CAST(:param_20 AS DOUBLE) * o.gap <= (FLOOR((:param_21 - o.last_at) / :param_22)) * :param_23) THEN o.gap END) AS gap_lo, min(CASE WHEN (o.gap IS NOT NULL AND NOT (o.gap IS NOT NULL AND CAST(:param_20 AS DOUBLE) * o.gap <= (FLOOR((:param_21 - o.last_at) / :param_22)) * :param_23)) THEN o.gap END) AS gap_hi 
FROM (SELECT orders.client_id AS client_id, orders.placed_at AS placed_at, orders.amount_minor AS amount_minor, first_value(orders.placed_at) OVER (PARTITION BY orders.client_id ORDER BY orders.placed_at DESC) AS last_at, lag(orders.placed_at) OVER (PARTITION BY orders.client_id ORDER BY orders.placed_at DESC) - orders.placed_at AS gap 
FROM orders 
WHERE orders.placed_at <= :placed_at_3) AS o GROUP BY o.client_id) AS gaps), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS SIGNED INTEGER) AS rev_total 
FROM agg), 
scored_again AS 
(SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_99 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_100) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS SIGNED INTEGER) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4) THEN :param_101 ELSE :param_102 END AS active, CASE WHEN (agg.rev_w > :rev_w_5) THEN agg.rev_w ELSE :param_103 END AS positive 
FROM agg) AS ranking), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id COLLATE utf8mb4_bin AS anon_1 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_98 AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_6 AND scored_again.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_104 < (SELECT stats.rev_total 
FROM stats) * :param_105 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_106 >= (SELECT stats.rev_total 
FROM stats) * :param_107 OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_108 < (SELECT stats.rev_total 
FROM stats) * :param_109 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_110 >= (SELECT stats.rev_total 
FROM stats) * :param_111)), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_139) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / CAST(sum(hist.cnt) OVER () - :param_140 AS DOUBLE) ELSE CAST(:param_141 AS DOUBLE) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM agg 
WHERE agg.n_w > :n_w_5 GROUP BY agg.n_w) AS hist), 
nps AS 
(SELECT nps_ranked.client_id AS client_id, nps_ranked.score AS score, nps_ranked.answered_at AS answered_at 
FROM (SELECT nps_answers.client_id AS client_id, nps_answers.score AS score, nps_answers.answered_at AS answered_at, row_number() OVER (PARTITION BY nps_answers.client_id ORDER BY nps_answers.answered_at DESC) AS rn 
FROM nps_answers 
WHERE nps_answers.answered_at <= :answered_at_2) AS nps_ranked 
WHERE nps_ranked.rn = :rn_1), 
conflict AS 
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
HAVING count(*) = :count_2 AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_8) = :coalesce_9) THEN :param_148 ELSE :param_149 END) = :sum_1), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1 AND nps.answered_at >= :answered_at_1) THEN :param_142 ELSE :param_143 END AS bits 
FROM nps UNION ALL SELECT conflict.client_id AS client_id, :param_144 AS bits 
FROM conflict UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1) THEN :param_145 ELSE :param_146 END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_147 AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_69 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_70) THEN CAST(scored.below AS DOUBLE) / CAST((SELECT stats.n_active 
FROM stats) - :param_71 AS DOUBLE) ELSE CAST(:param_72 AS DOUBLE) END ELSE CAST(:param_73 AS DOUBLE) END + CAST(:param_74 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN pr_n.pr_n ELSE CAST(:param_75 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_76 - scored.last_at) / :param_77) >= :param_78 AND FLOOR((:param_76 - scored.last_at) / :param_77) <= :param_79, false) = 1 AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) = 1 AND coalesce((crit.bits & :bits_1) != :param_80, false) = 1 AND coalesce((crit.bits & :bits_2) != :param_81, false) = 1 AND coalesce(false, false) = 1 AND coalesce((crit.bits & :bits_3) != :param_82, false) = 1)) THEN :param_83 WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_84 WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_85 WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_4) THEN :param_86 WHEN (coalesce(scored.rev_w, :coalesce_2) < :coalesce_5) THEN :param_87 WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_88 WHEN (scored.rev_w <= :rev_w_3) THEN :param_89 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_90 < (SELECT stats.rev_total 
FROM stats) * :param_91 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_92 >= (SELECT stats.rev_total 
FROM stats) * :param_93 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_94 < (SELECT stats.rev_total 
FROM stats) * :param_95 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_96 >= (SELECT stats.rev_total 
FROM stats) * :param_97)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_112 END * scored.rev_w) * :param_113 < (SELECT stats.rev_total 
FROM stats) * :param_114) THEN :param_115 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_90 < (SELECT stats.rev_total 
FROM stats) * :param_91 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_92 >= (SELECT stats.rev_total 
FROM stats) * :param_93 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_94 < (SELECT stats.rev_total 
FROM stats) * :param_95 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_96 >= (SELECT stats.rev_total 
FROM stats) * :param_97)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_112 END * scored.rev_w) * :param_116 < (SELECT stats.rev_total 
FROM stats) * :param_117) THEN :param_118 ELSE :param_119 END NOT IN (__[POSTCOMPILE_param_120]))) THEN :param_121 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_6) != :coalesce_7)) THEN :param_122 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_123 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_124 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_125 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_126 END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_76 - scored.last_at) / :param_77) >= :param_78 AND FLOOR((:param_76 - scored.last_at) / :param_77) <= :param_79, false) THEN :param_127 ELSE :param_128 END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) THEN :param_129 ELSE :param_130 END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1) != :param_80, false) THEN :param_131 ELSE :param_132 END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2) != :param_81, false) THEN :param_133 ELSE :param_134 END AS f_conflict, CASE WHEN coalesce(false, false) THEN :param_135 ELSE :param_136 END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_3) != :param_82, false) THEN :param_137 ELSE :param_138 END AS f_unreachable 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_99 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_100) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS SIGNED INTEGER) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4) THEN :param_101 ELSE :param_102 END AS active, CASE WHEN (agg.rev_w > :rev_w_5) THEN agg.rev_w ELSE :param_103 END AS positive 
FROM agg) AS ranking) AS scored LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w LEFT OUTER JOIN crit ON crit.client_id = scored.client_id 
WHERE coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_76 - scored.last_at) / :param_77) >= :param_78 AND FLOOR((:param_76 - scored.last_at) / :param_77) <= :param_79, false) = 1 OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) = 1 OR coalesce((crit.bits & :bits_1) != :param_80, false) = 1 OR coalesce((crit.bits & :bits_2) != :param_81, false) = 1 OR coalesce(false, false) = 1 OR coalesce((crit.bits & :bits_3) != :param_82, false) = 1 UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_10) AS n_w, coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_11) AS rev_w, CAST(NULL AS SIGNED INTEGER) AS last_at, CAST(NULL AS SIGNED INTEGER) AS first_w, coalesce(CAST(:param_150 AS DOUBLE) * CASE WHEN (CAST(NULL AS SIGNED INTEGER) > :param_151) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_152) THEN CAST(CAST(NULL AS SIGNED INTEGER) AS DOUBLE) / CAST((SELECT stats.n_active 
FROM stats) - :param_153 AS DOUBLE) ELSE CAST(:param_154 AS DOUBLE) END ELSE CAST(:param_155 AS DOUBLE) END + CAST(:param_156 AS DOUBLE) * CAST(:param_157 AS DOUBLE), :coalesce_12) AS score, CAST(NULL AS SIGNED INTEGER) AS positive_upto, CAST(NULL AS SIGNED INTEGER) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND FLOOR((:param_158 - CAST(NULL AS SIGNED INTEGER)) / :param_159) >= :param_160 AND FLOOR((:param_158 - CAST(NULL AS SIGNED INTEGER)) / :param_159) <= :param_161, false) = 1 AND coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND CAST(NULL AS SIGNED INTEGER) = :param_162, false) = 1 AND coalesce((crit.bits & :bits_4) != :param_163, false) = 1 AND coalesce((crit.bits & :bits_5) != :param_164, false) = 1 AND coalesce((crit.bits & :bits_6) != :param_165, false) = 1 AND coalesce((crit.bits & :bits_7) != :param_166, false) = 1)) THEN :param_167 WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_168 WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_169 WHEN (coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_10) < :coalesce_13) THEN :param_170 WHEN (coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_11) < :coalesce_14) THEN :param_171 WHEN ((CASE WHEN (CAST(NULL AS SIGNED INTEGER) IS NULL) THEN :param_172 WHEN (CAST(NULL AS SIGNED INTEGER) <= :param_173) THEN :param_174 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + CASE WHEN (CAST(NULL AS SIGNED INTEGER) > :param_175 AND CAST(NULL AS SIGNED INTEGER) > :param_176 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_177 < (SELECT stats.rev_total 
FROM stats) * :param_178 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_179) * CAST(NULL AS SIGNED INTEGER)) * :param_180 >= (SELECT stats.rev_total 
FROM stats) * :param_181 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_182 < (SELECT stats.rev_total 
FROM stats) * :param_183 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_179) * CAST(NULL AS SIGNED INTEGER)) * :param_184 >= (SELECT stats.rev_total 
FROM stats) * :param_185)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_186 END * CAST(NULL AS SIGNED INTEGER)) * :param_187 < (SELECT stats.rev_total 
FROM stats) * :param_188) THEN :param_189 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + CASE WHEN (CAST(NULL AS SIGNED INTEGER) > :param_175 AND CAST(NULL AS SIGNED INTEGER) > :param_176 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_177 < (SELECT stats.rev_total 
FROM stats) * :param_178 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_179) * CAST(NULL AS SIGNED INTEGER)) * :param_180 >= (SELECT stats.rev_total 
FROM stats) * :param_181 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_182 < (SELECT stats.rev_total 
FROM stats) * :param_183 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_179) * CAST(NULL AS SIGNED INTEGER)) * :param_184 >= (SELECT stats.rev_total 
FROM stats) * :param_185)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_186 END * CAST(NULL AS SIGNED INTEGER)) * :param_190 < (SELECT stats.rev_total 
FROM stats) * :param_191) THEN :param_192 ELSE :param_193 END NOT IN (__[POSTCOMPILE_param_194]))) THEN :param_195 WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2 AND assignments.created_at >= :created_at_2 AND coalesce(assignments.outcome, :coalesce_15) != :coalesce_16)) THEN :param_196 WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_123 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_124 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_125 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_197 END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND FLOOR((:param_158 - CAST(NULL AS SIGNED INTEGER)) / :param_159) >= :param_160 AND FLOOR((:param_158 - CAST(NULL AS SIGNED INTEGER)) / :param_159) <= :param_161, false) THEN :param_198 ELSE :param_199 END AS f_recency, CASE WHEN coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND CAST(NULL AS SIGNED INTEGER) = :param_162, false) THEN :param_200 ELSE :param_201 END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_4) != :param_163, false) THEN :param_202 ELSE :param_203 END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_5) != :param_164, false) THEN :param_204 ELSE :param_205 END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_6) != :param_165, false) THEN :param_206 ELSE :param_207 END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_7) != :param_166, false) THEN :param_208 ELSE :param_209 END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND FLOOR((:param_158 - CAST(NULL AS SIGNED INTEGER)) / :param_159) >= :param_160 AND FLOOR((:param_158 - CAST(NULL AS SIGNED INTEGER)) / :param_159) <= :param_161, false) = 1 OR coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND CAST(NULL AS SIGNED INTEGER) = :param_162, false) = 1 OR coalesce((crit.bits & :bits_4) != :param_163, false) = 1 OR coalesce((crit.bits & :bits_5) != :param_164, false) = 1 OR coalesce((crit.bits & :bits_6) != :param_165, false) = 1 OR coalesce((crit.bits & :bits_7) != :param_166, false) = 1) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_4))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_210 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN CASE WHEN (orders.placed_at < :placed_at_8) THEN CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_211 ELSE :param_212 END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_213 ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_214 ELSE :param_215 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_216 ELSE :param_217 END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN :param_218 ELSE CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_219 ELSE :param_220 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN CASE WHEN (orders.placed_at < :placed_at_17) THEN CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_221 ELSE :param_222 END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_223 ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_224 ELSE :param_225 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_226 ELSE :param_227 END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN :param_228 ELSE CASE WHEN (orders.placed_at < :placed_at_24) THEN :param_229 ELSE :param_230 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN CASE WHEN (orders.placed_at < :placed_at_27) THEN CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_231 ELSE :param_232 END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_233 ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_234 ELSE :param_235 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_236 ELSE :param_237 END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN :param_238 ELSE CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_239 ELSE :param_240 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN CASE WHEN (orders.placed_at < :placed_at_36) THEN CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_241 ELSE :param_242 END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_243 ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_244 ELSE :param_245 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_246 ELSE :param_247 END ELSE CASE WHEN (orders.placed_at < :placed_at_42) THEN :param_248 ELSE CASE WHEN (orders.placed_at < :placed_at_43) THEN :param_249 ELSE :param_250 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders INNER JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5) THEN :param_251 ELSE :param_252 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6) THEN :param_253 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7) THEN :param_254 ELSE :param_255 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9) THEN :param_256 ELSE :param_257 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10) THEN :param_258 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11) THEN :param_259 ELSE :param_260 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14) THEN :param_261 ELSE :param_262 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15) THEN :param_263 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16) THEN :param_264 ELSE :param_265 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18) THEN :param_266 ELSE :param_267 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19) THEN :param_268 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20) THEN :param_269 ELSE :param_270 END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24) THEN :param_271 ELSE :param_272 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25) THEN :param_273 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26) THEN :param_274 ELSE :param_275 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28) THEN :param_276 ELSE :param_277 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29) THEN :param_278 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30) THEN :param_279 ELSE :param_280 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33) THEN :param_281 ELSE :param_282 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34) THEN :param_283 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35) THEN :param_284 ELSE :param_285 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37) THEN :param_286 ELSE :param_287 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38) THEN :param_288 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39) THEN :param_289 ELSE :param_290 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT pending.client_id AS client_id, pending.n_w AS n_w, pending.first_w AS first_w, CASE WHEN (pending.last_at < :last_at_1) THEN CASE WHEN (pending.last_at < :last_at_2) THEN CASE WHEN (pending.last_at < :last_at_3) THEN CASE WHEN (pending.last_at < :last_at_4) THEN CASE WHEN (pending.last_at < :last_at_5) THEN :param_291 ELSE :param_292 END ELSE CASE WHEN (pending.last_at < :last_at_6) THEN :param_293 ELSE CASE WHEN (pending.last_at < :last_at_7) THEN :param_294 ELSE :param_295 END END END ELSE CASE WHEN (pending.last_at < :last_at_8) THEN CASE WHEN (pending.last_at < :last_at_9) THEN :param_296 ELSE :param_297 END ELSE CASE WHEN (pending.last_at < :last_at_10) THEN :param_298 ELSE CASE WHEN (pending.last_at < :last_at_11) THEN :param_299 ELSE :param_300 END END END END ELSE CASE WHEN (pending.last_at < :last_at_12) THEN CASE WHEN (pending.last_at < :last_at_13) THEN CASE WHEN (pending.last_at < :last_at_14) THEN :param_301 ELSE :param_302 END ELSE CASE WHEN (pending.last_at < :last_at_15) THEN :param_303 ELSE CASE WHEN (pending.last_at < :last_at_16) THEN :param_304 ELSE :param_305 END END END ELSE CASE WHEN (pending.last_at < :last_at_17) THEN CASE WHEN (pending.last_at < :last_at_18) THEN :param_306 ELSE :param_307 END ELSE CASE WHEN (pending.last_at < :last_at_19) THEN :param_308 ELSE CASE WHEN (pending.last_at < :last_at_20) THEN :param_309 ELSE :param_310 END END END END END ELSE CASE WHEN (pending.last_at < :last_at_21) THEN CASE WHEN (pending.last_at < :last_at_22) THEN CASE WHEN (pending.last_at < :last_at_23) THEN CASE WHEN (pending.last_at < :last_at_24) THEN :param_311 ELSE :param_312 END ELSE CASE WHEN (pending.last_at < :last_at_25) THEN :param_313 ELSE CASE WHEN (pending.last_at < :last_at_26) THEN :param_314 ELSE :param_315 END END END ELSE CASE WHEN (pending.last_at < :last_at_27) THEN CASE WHEN (pending.last_at < :last_at_28) THEN :param_316 ELSE :param_317 END ELSE CASE WHEN (pending.last_at < :last_at_29) THEN :param_318 ELSE CASE WHEN (pending.last_at < :last_at_30) THEN :param_319 ELSE :param_320 END END END END ELSE CASE WHEN (pending.last_at < :last_at_31) THEN CASE WHEN (pending.last_at < :last_at_32) THEN CASE WHEN (pending.last_at < :last_at_33) THEN :param_321 ELSE :param_322 END ELSE CASE WHEN (pending.last_at < :last_at_34) THEN :param_323 ELSE CASE WHEN (pending.last_at < :last_at_35) THEN :param_324 ELSE :param_325 END END END ELSE CASE WHEN (pending.last_at < :last_at_36) THEN CASE WHEN (pending.last_at < :last_at_37) THEN :param_326 ELSE :param_327 END ELSE CASE WHEN (pending.last_at < :last_at_38) THEN :param_328 ELSE CASE WHEN (pending.last_at < :last_at_39) THEN :param_329 ELSE :param_330 END END END END END END AS last_m 
FROM (SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable 
FROM lost) AS pending) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_6 AND :param_331 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40 OR (xyz_months.last_m - xyz_months.first_m) + :param_332 < :param_333 OR :param_334 * (:param_335 - xyz_months.first_m) > :n_w_7 * xyz_months.n_w OR :param_336 * (:param_335 - xyz_months.first_m) > :param_337 * ((xyz_months.last_m - xyz_months.first_m) + :param_332))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_44 AND orders.placed_at < :placed_at_45 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN CASE WHEN (orders.placed_at < :placed_at_8) THEN CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_211 ELSE :param_212 END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_213 ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_214 ELSE :param_215 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_216 ELSE :param_217 END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN :param_218 ELSE CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_219 ELSE :param_220 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN CASE WHEN (orders.placed_at < :placed_at_17) THEN CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_221 ELSE :param_222 END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_223 ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_224 ELSE :param_225 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_226 ELSE :param_227 END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN :param_228 ELSE CASE WHEN (orders.placed_at < :placed_at_24) THEN :param_229 ELSE :param_230 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN CASE WHEN (orders.placed_at < :placed_at_27) THEN CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_231 ELSE :param_232 END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_233 ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_234 ELSE :param_235 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_236 ELSE :param_237 END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN :param_238 ELSE CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_239 ELSE :param_240 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN CASE WHEN (orders.placed_at < :placed_at_36) THEN CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_241 ELSE :param_242 END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_243 ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_244 ELSE :param_245 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_246 ELSE :param_247 END ELSE CASE WHEN (orders.placed_at < :placed_at_42) THEN :param_248 ELSE CASE WHEN (orders.placed_at < :placed_at_43) THEN :param_249 ELSE :param_250 END END END END END END) AS monthly GROUP BY monthly.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, CASE WHEN (xyz.k IS NULL) THEN :param_59 WHEN (xyz.k < :k_1) THEN :param_60 WHEN (xyz.s <= :s_1) THEN :param_61 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_62 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_63 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_64 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_65 ELSE :param_66 END AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((CASE WHEN (xyz.k IS NULL) THEN :param_59 WHEN (xyz.k < :k_1) THEN :param_60 WHEN (xyz.s <= :s_1) THEN :param_61 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_62 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_63 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_64 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_65 ELSE :param_66 END NOT IN (__[POSTCOMPILE_param_67]))) THEN :param_68 END AS charged 
FROM lost LEFT OUTER JOIN xyz ON xyz.client_id = lost.client_id), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_41 ELSE :param_42 END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_43 ELSE :param_44 END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_45 ELSE :param_46 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4) THEN :param_47 ELSE :param_48 END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5) THEN :param_49 ELSE :param_50 END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6) THEN :param_51 ELSE :param_52 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7) THEN :param_53 ELSE :param_54 END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8) THEN :param_55 ELSE :param_56 END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_57 ELSE :param_58 END) AS t_remaining 
FROM staged), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_7 AND staged.peers > :peers_5 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_338 < (SELECT stats.rev_total 
FROM stats) * :param_339 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_340 >= (SELECT stats.rev_total 
FROM stats) * :param_341 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_342 < (SELECT stats.rev_total 
FROM stats) * :param_343 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_344 >= (SELECT stats.rev_total 
FROM stats) * :param_345)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_346 END AS abc_place 
FROM staged INNER JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NOT NULL ORDER BY staged.score DESC, staged.rev_w DESC, clients.external_id COLLATE utf8mb4_bin)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.charged, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_26 < (SELECT stats.rev_total 
FROM stats) * :param_27) THEN :param_28 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_29 < (SELECT stats.rev_total 
FROM stats) * :param_30) THEN :param_31 ELSE :param_32 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE FLOOR((:param_33 - top.last_at) / :param_34) END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_35 ELSE :param_36 END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_37 ELSE :param_38 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_39 ELSE :param_40 END AS s_telegram 
FROM totals LEFT OUTER JOIN top ON true = 1 ORDER BY top.score DESC, top.rev_w DESC, top.external_id COLLATE utf8mb4_bin;
-- parameters
-- answered_at_1 = 1719781200
-- answered_at_2 = 1751317200
-- bits_1 = 1
-- bits_2 = 2
-- bits_3 = 8
-- bits_4 = 1
-- bits_5 = 2
-- bits_6 = 4
-- bits_7 = 8
-- campaign_1 = 'everything-windowed'
-- campaign_2 = 'everything-windowed'
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
-- gaps_le_1 = 2
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
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 1
-- param_100 = 1
-- param_101 = 1
-- param_102 = 0
-- param_103 = 0
-- param_104 = 5
-- param_105 = 4
-- param_106 = 5
-- param_107 = 4
-- param_108 = 20
-- param_109 = 19
-- param_11 = 2.5
-- param_110 = 20
-- param_111 = 19
-- param_112 = 0
-- param_113 = 5
-- param_114 = 4
-- param_115 = 'A'
-- param_116 = 20
-- param_117 = 19
-- param_118 = 'B'
-- param_119 = 'C'
-- param_12 = 1751317200
-- param_120 = ['A', 'B']
-- param_121 = 'abc'
-- param_122 = 'cooldown'
-- param_123 = 0
-- param_124 = 1
-- param_125 = 2
-- param_126 = 'opted_out'
-- param_127 = 1
-- param_128 = 0
-- param_129 = 1
-- param_13 = 86400
-- param_130 = 0
-- param_131 = 1
-- param_132 = 0
-- param_133 = 1
-- param_134 = 0
-- param_135 = 1
-- param_136 = 0
-- param_137 = 1
-- param_138 = 0
-- param_139 = 1
-- param_14 = 172800
-- param_140 = 1
-- param_141 = 0.0
-- param_142 = 1
-- param_143 = 0
-- param_144 = 2
-- param_145 = 4
-- param_146 = 0
-- param_147 = 8
-- param_148 = 1
-- param_149 = 0
-- param_15 = 1
-- param_150 = 0.25
-- param_151 = 0
-- param_152 = 1
-- param_153 = 1
-- param_154 = 0.0
-- param_155 = 0.0
-- param_156 = 0.75
-- param_157 = 0.0
-- param_158 = 1751317200
-- param_159 = 86400
-- param_16 = 0
-- param_160 = 60
-- param_161 = 900
-- param_162 = 1
-- param_163 = 0
-- param_164 = 0
-- param_165 = 0
-- param_166 = 0
-- param_167 = 'not_all_criteria'
-- param_168 = 'tags'
-- param_169 = 'tags'
-- param_17 = 0
-- param_170 = 'min_orders'
-- param_171 = 'min_revenue'
-- param_172 = 'C'
-- param_173 = 0
-- param_174 = 'C'
-- param_175 = 0
-- param_176 = 1
-- param_177 = 5
-- param_178 = 4
-- param_179 = 1
-- param_18 = 1
-- param_180 = 5
-- param_181 = 4
-- param_182 = 20
-- param_183 = 19
-- param_184 = 20
-- param_185 = 19
-- param_186 = 0
-- param_187 = 5
-- param_188 = 4
-- param_189 = 'A'
-- param_19 = 0
-- param_190 = 20
-- param_191 = 19
-- param_192 = 'B'
-- param_193 = 'C'
-- param_194 = ['A', 'B']
-- param_195 = 'abc'
-- param_196 = 'cooldown'
-- param_197 = 'opted_out'
-- param_198 = 1
-- param_199 = 0
-- param_2 = 'C'
-- param_20 = 2.5
-- param_200 = 1
-- param_201 = 0
-- param_202 = 1
-- param_203 = 0
-- param_204 = 1
-- param_205 = 0
-- param_206 = 1
-- param_207 = 0
-- param_208 = 1
-- param_209 = 0
-- param_21 = 1751317200
-- param_210 = 1
-- param_211 = 0
-- param_212 = 1
-- param_213 = 2
-- param_214 = 3
-- param_215 = 4
-- param_216 = 5
-- param_217 = 6
-- param_218 = 7
-- param_219 = 8
-- param_22 = 86400
-- param_220 = 9
-- param_221 = 10
-- param_222 = 11
-- param_223 = 12
-- param_224 = 13
-- param_225 = 14
-- param_226 = 15
-- param_227 = 16
-- param_228 = 17
-- param_229 = 18
-- param_23 = 86400
-- param_230 = 19
-- param_231 = 20
-- param_232 = 21
-- param_233 = 22
-- param_234 = 23
-- param_235 = 24
-- param_236 = 25
-- param_237 = 26
-- param_238 = 27
-- param_239 = 28
-- param_24 = 1
-- param_240 = 29
-- param_241 = 30
-- param_242 = 31
-- param_243 = 32
-- param_244 = 33
-- param_245 = 34
-- param_246 = 35
-- param_247 = 36
-- param_248 = 37
-- param_249 = 38
-- param_25 = 0
-- param_250 = 39
-- param_251 = 0
-- param_252 = 1
-- param_253 = 2
-- param_254 = 3
-- param_255 = 4
-- param_256 = 5
-- param_257 = 6
-- param_258 = 7
-- param_259 = 8
-- param_26 = 5
-- param_260 = 9
-- param_261 = 10
-- param_262 = 11
-- param_263 = 12
-- param_264 = 13
-- param_265 = 14
-- param_266 = 15
-- param_267 = 16
-- param_268 = 17
-- param_269 = 18
-- param_27 = 4
-- param_270 = 19
-- param_271 = 20
-- param_272 = 21
-- param_273 = 22
-- param_274 = 23
-- param_275 = 24
-- param_276 = 25
-- param_277 = 26
-- param_278 = 27
-- param_279 = 28
-- param_28 = 'A'
-- param_280 = 29
-- param_281 = 30
-- param_282 = 31
-- param_283 = 32
-- param_284 = 33
-- param_285 = 34
-- param_286 = 35
-- param_287 = 36
-- param_288 = 37
-- param_289 = 38
-- param_29 = 20
-- param_290 = 39
-- param_291 = 0
-- param_292 = 1
-- param_293 = 2
-- param_294 = 3
-- param_295 = 4
-- param_296 = 5
-- param_297 = 6
-- param_298 = 7
-- param_299 = 8
-- param_3 = 1
-- param_30 = 19
-- param_300 = 9
-- param_301 = 10
-- param_302 = 11
-- param_303 = 12
-- param_304 = 13
-- param_305 = 14
-- param_306 = 15
-- param_307 = 16
-- param_308 = 17
-- param_309 = 18
-- param_31 = 'B'
-- param_310 = 19
-- param_311 = 20
-- param_312 = 21
-- param_313 = 22
-- param_314 = 23
-- param_315 = 24
-- param_316 = 25
-- param_317 = 26
-- param_318 = 27
-- param_319 = 28
-- param_32 = 'C'
-- param_320 = 29
-- param_321 = 30
-- param_322 = 31
-- param_323 = 32
-- param_324 = 33
-- param_325 = 34
-- param_326 = 35
-- param_327 = 36
-- param_328 = 37
-- param_329 = 38
-- param_33 = 1751317200
-- param_330 = 39
-- param_331 = 624
-- param_332 = 1
-- param_333 = 3
-- param_334 = 16
-- param_335 = 40
-- param_336 = 16
-- param_337 = 17
-- param_338 = 5
-- param_339 = 4
-- param_34 = 86400
-- param_340 = 5
-- param_341 = 4
-- param_342 = 20
-- param_343 = 19
-- param_344 = 20
-- param_345 = 19
-- param_346 = 0
-- param_35 = 1
-- param_36 = 0
-- param_37 = 1
-- param_38 = 0
-- param_39 = 1
-- param_4 = 0
-- param_40 = 0
-- param_41 = 1
-- param_42 = 0
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
-- param_59 = 'Z'
-- param_6 = 2
-- param_60 = 'Z'
-- param_61 = 'Z'
-- param_62 = 0.01
-- param_63 = 'X'
-- param_64 = 0.0625
-- param_65 = 'Y'
-- param_66 = 'Z'
-- param_67 = ['X', 'Y']
-- param_68 = 'xyz'
-- param_69 = 0.25
-- param_7 = 1
-- param_70 = 1
-- param_71 = 1
-- param_72 = 0.0
-- param_73 = 0.0
-- param_74 = 0.75
-- param_75 = 0.0
-- param_76 = 1751317200
-- param_77 = 86400
-- param_78 = 60
-- param_79 = 900
-- param_8 = 1
-- param_80 = 0
-- param_81 = 0
-- param_82 = 0
-- param_83 = 'not_all_criteria'
-- param_84 = 'tags'
-- param_85 = 'tags'
-- param_86 = 'min_orders'
-- param_87 = 'min_revenue'
-- param_88 = 'C'
-- param_89 = 'C'
-- param_9 = 2
-- param_90 = 5
-- param_91 = 4
-- param_92 = 5
-- param_93 = 4
-- param_94 = 20
-- param_95 = 19
-- param_96 = 20
-- param_97 = 19
-- param_98 = 1
-- param_99 = 1
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
-- peers_5 = 1
-- peers_6 = 1
-- placed_at_1 = 1719781200
-- placed_at_10 = 1654030800
-- placed_at_11 = 1656622800
-- placed_at_12 = 1664571600
-- placed_at_13 = 1661979600
-- placed_at_14 = 1667250000
-- placed_at_15 = 1669842000
-- placed_at_16 = 1685566800
-- placed_at_17 = 1677618000
-- placed_at_18 = 1675198800
-- placed_at_19 = 1680296400
-- placed_at_2 = 1719781200
-- placed_at_20 = 1682888400
-- placed_at_21 = 1690837200
-- placed_at_22 = 1688158800
-- placed_at_23 = 1693515600
-- placed_at_24 = 1696107600
-- placed_at_25 = 1725138000
-- placed_at_26 = 1711918800
-- placed_at_27 = 1704056400
-- placed_at_28 = 1701378000
-- placed_at_29 = 1706734800
-- placed_at_3 = 1751317200
-- placed_at_30 = 1709240400
-- placed_at_31 = 1717189200
-- placed_at_32 = 1714510800
-- placed_at_33 = 1719781200
-- placed_at_34 = 1722459600
-- placed_at_35 = 1738357200
-- placed_at_36 = 1730408400
-- placed_at_37 = 1727730000
-- placed_at_38 = 1733000400
-- placed_at_39 = 1735678800
-- placed_at_4 = 1751317200
-- placed_at_40 = 1743454800
-- placed_at_41 = 1740776400
-- placed_at_42 = 1746046800
-- placed_at_43 = 1748725200
-- placed_at_44 = 1719781200
-- placed_at_45 = 1751317200
-- placed_at_5 = 1698786000
-- placed_at_6 = 1672520400
-- placed_at_7 = 1659301200
-- placed_at_8 = 1651352400
-- placed_at_9 = 1648760400
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
-- sum_1 = 0
-- tag_1 = ['retail', 'vip']
-- tag_2 = ['key-account']
-- tag_3 = ['retail', 'vip']
-- tag_4 = ['key-account']
