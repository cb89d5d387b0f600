-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='orders', excluded=True, client=None)
WITH agg AS 
(SELECT gaps.client_id AS client_id, gaps.n_all AS n_all, gaps.last_at AS last_at, gaps.rev_w AS rev_w, gaps.n_w AS n_w, gaps.first_w AS first_w, CASE WHEN (gaps.n_all >= :n_all_1 AND ((gaps.n_all - :n_all_2) % :param_6 = :param_7 AND :gaps_le_1 * gaps.gaps_le >= (gaps.n_all - :n_all_2) + :param_8 OR (gaps.n_all - :n_all_2) % :param_6 != :param_7 AND (gaps.gaps_le >= FLOOR((gaps.n_all - :n_all_2) / :param_9) + :param_10 OR gaps.gaps_le = FLOOR((gaps.n_all - :n_all_2) / :param_9) AND CAST(:param_11 AS DOUBLE) * (gaps.gap_lo + gaps.gap_hi) <= (FLOOR((:param_12 - gaps.last_at) / :param_13)) * :param_14))) THEN :param_15 ELSE :param_16 END AS overdue 
FROM (SELECT o.client_id AS client_id, count(*) AS n_all, max(o.last_at) AS last_at, CAST(sum(o.amount_minor) AS SIGNED INTEGER) AS rev_w, count(*) AS n_w, min(o.placed_at) AS first_w, sum(CASE WHEN (o.gap IS NOT NULL AND CAST(:param_17 AS DOUBLE) * o.gap <= (FLOOR((:param_18 - o.last_at) / :param_19)) * :param_20) THEN :param_21 ELSE :param_22 END) AS gaps_le, max(CASE WHEN (o.gap IS NOT NULL AND CAST(:param_17 AS DOUBLE) * o.gap <= (FLOOR((:param_18 - o.last_at) / :param_19)) * :param_20) THEN o.gap END) AS gap_lo, min(CASE WHEN (o.gap IS NOT NULL AND NOT (o.gap IS NOT NULL AND CAST(:param_17 AS DOUBLE) * o.gap <= (FLOOR((:param_18 - o.last_at) / :param_19)) * :param_20)) THEN o.gap END) AS gap_hi 
FROM (SELECT orders.client_id AS client_id, orders.placed_at AS placed_at, orders.amount_minor AS amount_minor, first_value(orders.placed_at) OVER (PARTITION BY orders.client_id ORDER BY orders.placed_at DESC) AS last_at, lag(orders.placed_at) OVER (PARTITION BY orders.client_id ORDER BY orders.placed_at DESC) - orders.placed_at AS gap 
FROM orders 
WHERE orders.placed_at <= :placed_at_1) AS o GROUP BY o.client_id) AS gaps), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS SIGNED INTEGER) AS rev_total 
FROM agg), 
scored_again AS 
(SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_96 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_97) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS SIGNED INTEGER) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4) THEN :param_98 ELSE :param_99 END AS active, CASE WHEN (agg.rev_w > :rev_w_5) THEN agg.rev_w ELSE :param_100 END AS positive 
FROM agg) AS ranking), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id COLLATE utf8mb4_bin AS anon_1 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_95 AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_6 AND scored_again.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_101 < (SELECT stats.rev_total 
FROM stats) * :param_102 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_103 >= (SELECT stats.rev_total 
FROM stats) * :param_104 OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_105 < (SELECT stats.rev_total 
FROM stats) * :param_106 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_107 >= (SELECT stats.rev_total 
FROM stats) * :param_108)), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_136) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / CAST(sum(hist.cnt) OVER () - :param_137 AS DOUBLE) ELSE CAST(:param_138 AS DOUBLE) END AS pr_n 
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
HAVING count(*) = :count_2 AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_8) = :coalesce_9) THEN :param_145 ELSE :param_146 END) = :sum_1), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1 AND nps.answered_at >= :answered_at_1) THEN :param_139 ELSE :param_140 END AS bits 
FROM nps UNION ALL SELECT conflict.client_id AS client_id, :param_141 AS bits 
FROM conflict UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1) THEN :param_142 ELSE :param_143 END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_144 AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_66 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_67) THEN CAST(scored.below AS DOUBLE) / CAST((SELECT stats.n_active 
FROM stats) - :param_68 AS DOUBLE) ELSE CAST(:param_69 AS DOUBLE) END ELSE CAST(:param_70 AS DOUBLE) END + CAST(:param_71 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN pr_n.pr_n ELSE CAST(:param_72 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_73 - scored.last_at) / :param_74) >= :param_75 AND FLOOR((:param_73 - scored.last_at) / :param_74) <= :param_76, false) = 1 AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) = 1 AND coalesce((crit.bits & :bits_1) != :param_77, false) = 1 AND coalesce((crit.bits & :bits_2) != :param_78, false) = 1 AND coalesce(false, false) = 1 AND coalesce((crit.bits & :bits_3) != :param_79, false) = 1)) THEN :param_80 WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_81 WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_82 WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_4) THEN :param_83 WHEN (coalesce(scored.rev_w, :coalesce_2) < :coalesce_5) THEN :param_84 WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_85 WHEN (scored.rev_w <= :rev_w_3) THEN :param_86 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_87 < (SELECT stats.rev_total 
FROM stats) * :param_88 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_89 >= (SELECT stats.rev_total 
FROM stats) * :param_90 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_91 < (SELECT stats.rev_total 
FROM stats) * :param_92 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_93 >= (SELECT stats.rev_total 
FROM stats) * :param_94)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_109 END * scored.rev_w) * :param_110 < (SELECT stats.rev_total 
FROM stats) * :param_111) THEN :param_112 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_87 < (SELECT stats.rev_total 
FROM stats) * :param_88 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_89 >= (SELECT stats.rev_total 
FROM stats) * :param_90 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_91 < (SELECT stats.rev_total 
FROM stats) * :param_92 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_93 >= (SELECT stats.rev_total 
FROM stats) * :param_94)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_109 END * scored.rev_w) * :param_113 < (SELECT stats.rev_total 
FROM stats) * :param_114) THEN :param_115 ELSE :param_116 END NOT IN (__[POSTCOMPILE_param_117]))) THEN :param_118 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_6) != :coalesce_7)) THEN :param_119 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_120 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_121 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_122 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_123 END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_73 - scored.last_at) / :param_74) >= :param_75 AND FLOOR((:param_73 - scored.last_at) / :param_74) <= :param_76, false) THEN :param_124 ELSE :param_125 END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) THEN :param_126 ELSE :param_127 END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1) != :param_77, false) THEN :param_128 ELSE :param_129 END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2) != :param_78, false) THEN :param_130 ELSE :param_131 END AS f_conflict, CASE WHEN coalesce(false, false) THEN :param_132 ELSE :param_133 END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_3) != :param_79, false) THEN :param_134 ELSE :param_135 END AS f_unreachable 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_96 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_97) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS SIGNED INTEGER) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4) THEN :param_98 ELSE :param_99 END AS active, CASE WHEN (agg.rev_w > :rev_w_5) THEN agg.rev_w ELSE :param_100 END AS positive 
FROM agg) AS ranking) AS scored LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w LEFT OUTER JOIN crit ON crit.client_id = scored.client_id 
WHERE coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_73 - scored.last_at) / :param_74) >= :param_75 AND FLOOR((:param_73 - scored.last_at) / :param_74) <= :param_76, false) = 1 OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) = 1 OR coalesce((crit.bits & :bits_1) != :param_77, false) = 1 OR coalesce((crit.bits & :bits_2) != :param_78, false) = 1 OR coalesce(false, false) = 1 OR coalesce((crit.bits & :bits_3) != :param_79, false) = 1 UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_10) AS n_w, coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_11) AS rev_w, CAST(NULL AS SIGNED INTEGER) AS last_at, CAST(NULL AS SIGNED INTEGER) AS first_w, coalesce(CAST(:param_147 AS DOUBLE) * CASE WHEN (CAST(NULL AS SIGNED INTEGER) > :param_148) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_149) THEN CAST(CAST(NULL AS SIGNED INTEGER) AS DOUBLE) / CAST((SELECT stats.n_active 
FROM stats) - :param_150 AS DOUBLE) ELSE CAST(:param_151 AS DOUBLE) END ELSE CAST(:param_152 AS DOUBLE) END + CAST(:param_153 AS DOUBLE) * CAST(:param_154 AS DOUBLE), :coalesce_12) AS score, CAST(NULL AS SIGNED INTEGER) AS positive_upto, CAST(NULL AS SIGNED INTEGER) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND FLOOR((:param_155 - CAST(NULL AS SIGNED INTEGER)) / :param_156) >= :param_157 AND FLOOR((:param_155 - CAST(NULL AS SIGNED INTEGER)) / :param_156) <= :param_158, false) = 1 AND coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND CAST(NULL AS SIGNED INTEGER) = :param_159, false) = 1 AND coalesce((crit.bits & :bits_4) != :param_160, false) = 1 AND coalesce((crit.bits & :bits_5) != :param_161, false) = 1 AND coalesce((crit.bits & :bits_6) != :param_162, false) = 1 AND coalesce((crit.bits & :bits_7) != :param_163, false) = 1)) THEN :param_164 WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_165 WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_166 WHEN (coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_10) < :coalesce_13) THEN :param_167 WHEN (coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_11) < :coalesce_14) THEN :param_168 WHEN ((CASE WHEN (CAST(NULL AS SIGNED INTEGER) IS NULL) THEN :param_169 WHEN (CAST(NULL AS SIGNED INTEGER) <= :param_170) THEN :param_171 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + CASE WHEN (CAST(NULL AS SIGNED INTEGER) > :param_172 AND CAST(NULL AS SIGNED INTEGER) > :param_173 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_174 < (SELECT stats.rev_total 
FROM stats) * :param_175 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_176) * CAST(NULL AS SIGNED INTEGER)) * :param_177 >= (SELECT stats.rev_total 
FROM stats) * :param_178 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_179 < (SELECT stats.rev_total 
FROM stats) * :param_180 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_176) * CAST(NULL AS SIGNED INTEGER)) * :param_181 >= (SELECT stats.rev_total 
FROM stats) * :param_182)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_183 END * CAST(NULL AS SIGNED INTEGER)) * :param_184 < (SELECT stats.rev_total 
FROM stats) * :param_185) THEN :param_186 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + CASE WHEN (CAST(NULL AS SIGNED INTEGER) > :param_172 AND CAST(NULL AS SIGNED INTEGER) > :param_173 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_174 < (SELECT stats.rev_total 
FROM stats) * :param_175 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_176) * CAST(NULL AS SIGNED INTEGER)) * :param_177 >= (SELECT stats.rev_total 
FROM stats) * :param_178 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_179 < (SELECT stats.rev_total 
FROM stats) * :param_180 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_176) * CAST(NULL AS SIGNED INTEGER)) * :param_181 >= (SELECT stats.rev_total 
FROM stats) * :param_182)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_183 END * CAST(NULL AS SIGNED INTEGER)) * :param_187 < (SELECT stats.rev_total 
FROM stats) * :param_188) THEN :param_189 ELSE :param_190 END NOT IN (__[POSTCOMPILE_param_191]))) THEN :param_192 WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2 AND assignments.created_at >= :created_at_2 AND coalesce(assignments.outcome, :coalesce_15) != :coalesce_16)) THEN :param_193 WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_120 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_121 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_122 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_194 END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND FLOOR((:param_155 - CAST(NULL AS SIGNED INTEGER)) / :param_156) >= :param_157 AND FLOOR((:param_155 - CAST(NULL AS SIGNED INTEGER)) / :param_156) <= :param_158, false) THEN :param_195 ELSE :param_196 END AS f_recency, CASE WHEN coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND CAST(NULL AS SIGNED INTEGER) = :param_159, false) THEN :param_197 ELSE :param_198 END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_4) != :param_160, false) THEN :param_199 ELSE :param_200 END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_5) != :param_161, false) THEN :param_201 ELSE :param_202 END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_6) != :param_162, false) THEN :param_203 ELSE :param_204 END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_7) != :param_163, false) THEN :param_205 ELSE :param_206 END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND FLOOR((:param_155 - CAST(NULL AS SIGNED INTEGER)) / :param_156) >= :param_157 AND FLOOR((:param_155 - CAST(NULL AS SIGNED INTEGER)) / :param_156) <= :param_158, false) = 1 OR coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND CAST(NULL AS SIGNED INTEGER) = :param_159, false) = 1 OR coalesce((crit.bits & :bits_4) != :param_160, false) = 1 OR coalesce((crit.bits & :bits_5) != :param_161, false) = 1 OR coalesce((crit.bits & :bits_6) != :param_162, false) = 1 OR coalesce((crit.bits & :bits_7) != :param_163, false) = 1) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_2))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_207 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_208 ELSE :param_209 END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_210 ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_211 ELSE :param_212 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_213 ELSE :param_214 END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_215 ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_216 ELSE :param_217 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_218 ELSE :param_219 END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_220 ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_221 ELSE :param_222 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_223 ELSE :param_224 END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_225 ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_226 ELSE :param_227 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_228 ELSE :param_229 END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_230 ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_231 ELSE :param_232 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_233 ELSE :param_234 END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_235 ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_236 ELSE :param_237 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_238 ELSE :param_239 END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_240 ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_241 ELSE :param_242 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_243 ELSE :param_244 END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_245 ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_246 ELSE :param_247 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders INNER JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5) THEN :param_248 ELSE :param_249 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6) THEN :param_250 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7) THEN :param_251 ELSE :param_252 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9) THEN :param_253 ELSE :param_254 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10) THEN :param_255 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11) THEN :param_256 ELSE :param_257 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14) THEN :param_258 ELSE :param_259 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15) THEN :param_260 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16) THEN :param_261 ELSE :param_262 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18) THEN :param_263 ELSE :param_264 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19) THEN :param_265 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20) THEN :param_266 ELSE :param_267 END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24) THEN :param_268 ELSE :param_269 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25) THEN :param_270 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26) THEN :param_271 ELSE :param_272 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28) THEN :param_273 ELSE :param_274 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29) THEN :param_275 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30) THEN :param_276 ELSE :param_277 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33) THEN :param_278 ELSE :param_279 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34) THEN :param_280 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35) THEN :param_281 ELSE :param_282 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37) THEN :param_283 ELSE :param_284 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38) THEN :param_285 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39) THEN :param_286 ELSE :param_287 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT pending.client_id AS client_id, pending.n_w AS n_w, pending.first_w AS first_w, CASE WHEN (pending.last_at < :last_at_1) THEN CASE WHEN (pending.last_at < :last_at_2) THEN CASE WHEN (pending.last_at < :last_at_3) THEN CASE WHEN (pending.last_at < :last_at_4) THEN CASE WHEN (pending.last_at < :last_at_5) THEN :param_288 ELSE :param_289 END ELSE CASE WHEN (pending.last_at < :last_at_6) THEN :param_290 ELSE CASE WHEN (pending.last_at < :last_at_7) THEN :param_291 ELSE :param_292 END END END ELSE CASE WHEN (pending.last_at < :last_at_8) THEN CASE WHEN (pending.last_at < :last_at_9) THEN :param_293 ELSE :param_294 END ELSE CASE WHEN (pending.last_at < :last_at_10) THEN :param_295 ELSE CASE WHEN (pending.last_at < :last_at_11) THEN :param_296 ELSE :param_297 END END END END ELSE CASE WHEN (pending.last_at < :last_at_12) THEN CASE WHEN (pending.last_at < :last_at_13) THEN CASE WHEN (pending.last_at < :last_at_14) THEN :param_298 ELSE :param_299 END ELSE CASE WHEN (pending.last_at < :last_at_15) THEN :param_300 ELSE CASE WHEN (pending.last_at < :last_at_16) THEN :param_301 ELSE :param_302 END END END ELSE CASE WHEN (pending.last_at < :last_at_17) THEN CASE WHEN (pending.last_at < :last_at_18) THEN :param_303 ELSE :param_304 END ELSE CASE WHEN (pending.last_at < :last_at_19) THEN :param_305 ELSE CASE WHEN (pending.last_at < :last_at_20) THEN :param_306 ELSE :param_307 END END END END END ELSE CASE WHEN (pending.last_at < :last_at_21) THEN CASE WHEN (pending.last_at < :last_at_22) THEN CASE WHEN (pending.last_at < :last_at_23) THEN CASE WHEN (pending.last_at < :last_at_24) THEN :param_308 ELSE :param_309 END ELSE CASE WHEN (pending.last_at < :last_at_25) THEN :param_310 ELSE CASE WHEN (pending.last_at < :last_at_26) THEN :param_311 ELSE :param_312 END END END ELSE CASE WHEN (pending.last_at < :last_at_27) THEN CASE WHEN (pending.last_at < :last_at_28) THEN :param_313 ELSE :param_314 END ELSE CASE WHEN (pending.last_at < :last_at_29) THEN :param_315 ELSE CASE WHEN (pending.last_at < :last_at_30) THEN :param_316 ELSE :param_317 END END END END ELSE CASE WHEN (pending.last_at < :last_at_31) THEN CASE WHEN (pending.last_at < :last_at_32) THEN CASE WHEN (pending.last_at < :last_at_33) THEN :param_318 ELSE :param_319 END ELSE CASE WHEN (pending.last_at < :last_at_34) THEN :param_320 ELSE CASE WHEN (pending.last_at < :last_at_35) THEN :param_321 ELSE :param_322 END END END ELSE CASE WHEN (pending.last_at < :last_at_36) THEN CASE WHEN (pending.last_at < :last_at_37) THEN :param_323 ELSE :param_324 END ELSE CASE WHEN (pending.last_at < :last_at_38) THEN :param_325 ELSE CASE WHEN (pending.last_at < :last_at_39) THEN :param_326 ELSE :param_327 END END END END END END AS last_m 
FROM (SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable 
FROM lost) AS pending) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_6 AND :param_328 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40 OR (xyz_months.last_m - xyz_months.first_m) + :param_329 < :param_330 OR :param_331 * (:param_332 - xyz_months.first_m) > :n_w_7 * xyz_months.n_w OR :param_333 * (:param_332 - xyz_months.first_m) > :param_334 * ((xyz_months.last_m - xyz_months.first_m) + :param_329))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_42 AND orders.placed_at < :placed_at_43 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_208 ELSE :param_209 END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_210 ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_211 ELSE :param_212 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_213 ELSE :param_214 END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_215 ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_216 ELSE :param_217 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_218 ELSE :param_219 END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_220 ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_221 ELSE :param_222 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_223 ELSE :param_224 END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_225 ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_226 ELSE :param_227 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_228 ELSE :param_229 END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_230 ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_231 ELSE :param_232 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_233 ELSE :param_234 END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_235 ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_236 ELSE :param_237 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_238 ELSE :param_239 END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_240 ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_241 ELSE :param_242 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_243 ELSE :param_244 END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_245 ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_246 ELSE :param_247 END END END END END END) AS monthly GROUP BY monthly.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, CASE WHEN (xyz.k IS NULL) THEN :param_56 WHEN (xyz.k < :k_1) THEN :param_57 WHEN (xyz.s <= :s_1) THEN :param_58 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_59 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_60 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_61 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_62 ELSE :param_63 END AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((CASE WHEN (xyz.k IS NULL) THEN :param_56 WHEN (xyz.k < :k_1) THEN :param_57 WHEN (xyz.s <= :s_1) THEN :param_58 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_59 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_60 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_61 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_62 ELSE :param_63 END NOT IN (__[POSTCOMPILE_param_64]))) THEN :param_65 END AS charged 
FROM lost LEFT OUTER JOIN xyz ON xyz.client_id = lost.client_id), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_38 ELSE :param_39 END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_40 ELSE :param_41 END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_42 ELSE :param_43 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4) THEN :param_44 ELSE :param_45 END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5) THEN :param_46 ELSE :param_47 END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6) THEN :param_48 ELSE :param_49 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7) THEN :param_50 ELSE :param_51 END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8) THEN :param_52 ELSE :param_53 END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_54 ELSE :param_55 END) AS t_remaining 
FROM staged), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_7 AND staged.peers > :peers_5 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_335 < (SELECT stats.rev_total 
FROM stats) * :param_336 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_337 >= (SELECT stats.rev_total 
FROM stats) * :param_338 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_339 < (SELECT stats.rev_total 
FROM stats) * :param_340 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_341 >= (SELECT stats.rev_total 
FROM stats) * :param_342)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_343 END AS abc_place 
FROM staged INNER JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NOT NULL ORDER BY staged.score DESC, staged.rev_w DESC, clients.external_id COLLATE utf8mb4_bin)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.charged, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_23 < (SELECT stats.rev_total 
FROM stats) * :param_24) THEN :param_25 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_26 < (SELECT stats.rev_total 
FROM stats) * :param_27) THEN :param_28 ELSE :param_29 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE FLOOR((:param_30 - top.last_at) / :param_31) END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_32 ELSE :param_33 END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_34 ELSE :param_35 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_36 ELSE :param_37 END AS s_telegram 
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
-- param_100 = 0
-- param_101 = 5
-- param_102 = 4
-- param_103 = 5
-- param_104 = 4
-- param_105 = 20
-- param_106 = 19
-- param_107 = 20
-- param_108 = 19
-- param_109 = 0
-- param_11 = 2.5
-- param_110 = 5
-- param_111 = 4
-- param_112 = 'A'
-- param_113 = 20
-- param_114 = 19
-- param_115 = 'B'
-- param_116 = 'C'
-- param_117 = ['A', 'B']
-- param_118 = 'abc'
-- param_119 = 'cooldown'
-- param_12 = 1751317200
-- param_120 = 0
-- param_121 = 1
-- param_122 = 2
-- param_123 = 'opted_out'
-- param_124 = 1
-- param_125 = 0
-- param_126 = 1
-- param_127 = 0
-- param_128 = 1
-- param_129 = 0
-- param_13 = 86400
-- param_130 = 1
-- param_131 = 0
-- param_132 = 1
-- param_133 = 0
-- param_134 = 1
-- param_135 = 0
-- param_136 = 1
-- param_137 = 1
-- param_138 = 0.0
-- param_139 = 1
-- param_14 = 172800
-- param_140 = 0
-- param_141 = 2
-- param_142 = 4
-- param_143 = 0
-- param_144 = 8
-- param_145 = 1
-- param_146 = 0
-- param_147 = 0.25
-- param_148 = 0
-- param_149 = 1
-- param_15 = 1
-- param_150 = 1
-- param_151 = 0.0
-- param_152 = 0.0
-- param_153 = 0.75
-- param_154 = 0.0
-- param_155 = 1751317200
-- param_156 = 86400
-- param_157 = 60
-- param_158 = 900
-- param_159 = 1
-- param_16 = 0
-- param_160 = 0
-- param_161 = 0
-- param_162 = 0
-- param_163 = 0
-- param_164 = 'not_all_criteria'
-- param_165 = 'tags'
-- param_166 = 'tags'
-- param_167 = 'min_orders'
-- param_168 = 'min_revenue'
-- param_169 = 'C'
-- param_17 = 2.5
-- param_170 = 0
-- param_171 = 'C'
-- param_172 = 0
-- param_173 = 1
-- param_174 = 5
-- param_175 = 4
-- param_176 = 1
-- param_177 = 5
-- param_178 = 4
-- param_179 = 20
-- param_18 = 1751317200
-- param_180 = 19
-- param_181 = 20
-- param_182 = 19
-- param_183 = 0
-- param_184 = 5
-- param_185 = 4
-- param_186 = 'A'
-- param_187 = 20
-- param_188 = 19
-- param_189 = 'B'
-- param_19 = 86400
-- param_190 = 'C'
-- param_191 = ['A', 'B']
-- param_192 = 'abc'
-- param_193 = 'cooldown'
-- param_194 = 'opted_out'
-- param_195 = 1
-- param_196 = 0
-- param_197 = 1
-- param_198 = 0
-- param_199 = 1
-- param_2 = 'C'
-- param_20 = 86400
-- param_200 = 0
-- param_201 = 1
-- param_202 = 0
-- param_203 = 1
-- param_204 = 0
-- param_205 = 1
-- param_206 = 0
-- param_207 = 1
-- param_208 = 0
-- param_209 = 1
-- param_21 = 1
-- param_210 = 2
-- param_211 = 3
-- param_212 = 4
-- param_213 = 5
-- param_214 = 6
-- param_215 = 7
-- param_216 = 8
-- param_217 = 9
-- param_218 = 10
-- param_219 = 11
-- param_22 = 0
-- param_220 = 12
-- param_221 = 13
-- param_222 = 14
-- param_223 = 15
-- param_224 = 16
-- param_225 = 17
-- param_226 = 18
-- param_227 = 19
-- param_228 = 20
-- param_229 = 21
-- param_23 = 5
-- param_230 = 22
-- param_231 = 23
-- param_232 = 24
-- param_233 = 25
-- param_234 = 26
-- param_235 = 27
-- param_236 = 28
-- param_237 = 29
-- param_238 = 30
-- param_239 = 31
-- param_24 = 4
-- param_240 = 32
-- param_241 = 33
-- param_242 = 34
-- param_243 = 35
-- param_244 = 36
-- param_245 = 37
-- param_246 = 38
-- param_247 = 39
-- param_248 = 0
-- param_249 = 1
-- param_25 = 'A'
-- param_250 = 2
-- param_251 = 3
-- param_252 = 4
-- param_253 = 5
-- param_254 = 6
-- param_255 = 7
-- param_256 = 8
-- param_257 = 9
-- param_258 = 10
-- param_259 = 11
-- param_26 = 20
-- param_260 = 12
-- param_261 = 13
-- param_262 = 14
-- param_263 = 15
-- param_264 = 16
-- param_265 = 17
-- param_266 = 18
-- param_267 = 19
-- param_268 = 20
-- param_269 = 21
-- param_27 = 19
-- param_270 = 22
-- param_271 = 23
-- param_272 = 24
-- param_273 = 25
-- param_274 = 26
-- param_275 = 27
-- param_276 = 28
-- param_277 = 29
-- param_278 = 30
-- param_279 = 31
-- param_28 = 'B'
-- param_280 = 32
-- param_281 = 33
-- param_282 = 34
-- param_283 = 35
-- param_284 = 36
-- param_285 = 37
-- param_286 = 38
-- param_287 = 39
-- param_288 = 0
-- param_289 = 1
-- param_29 = 'C'
-- param_290 = 2
-- param_291 = 3
-- param_292 = 4
-- param_293 = 5
-- param_294 = 6
-- param_295 = 7
-- param_296 = 8
-- param_297 = 9
-- param_298 = 10
-- param_299 = 11
-- param_3 = 1
-- param_30 = 1751317200
-- param_300 = 12
-- param_301 = 13
-- param_302 = 14
-- param_303 = 15
-- param_304 = 16
-- param_305 = 17
-- param_306 = 18
-- param_307 = 19
-- param_308 = 20
-- param_309 = 21
-- param_31 = 86400
-- param_310 = 22
-- param_311 = 23
-- param_312 = 24
-- param_313 = 25
-- param_314 = 26
-- param_315 = 27
-- param_316 = 28
-- param_317 = 29
-- param_318 = 30
-- param_319 = 31
-- param_32 = 1
-- param_320 = 32
-- param_321 = 33
-- param_322 = 34
-- param_323 = 35
-- param_324 = 36
-- param_325 = 37
-- param_326 = 38
-- param_327 = 39
-- param_328 = 624
-- param_329 = 1
-- param_33 = 0
-- param_330 = 3
-- param_331 = 16
-- param_332 = 40
-- param_333 = 16
-- param_334 = 17
-- param_335 = 5
-- param_336 = 4
-- param_337 = 5
-- param_338 = 4
-- param_339 = 20
-- param_34 = 1
-- param_340 = 19
-- param_341 = 20
-- param_342 = 19
-- param_343 = 0
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
-- param_56 = 'Z'
-- param_57 = 'Z'
-- param_58 = 'Z'
-- param_59 = 0.01
-- param_6 = 2
-- param_60 = 'X'
-- param_61 = 0.0625
-- param_62 = 'Y'
-- param_63 = 'Z'
-- param_64 = ['X', 'Y']
-- param_65 = 'xyz'
-- param_66 = 0.25
-- param_67 = 1
-- param_68 = 1
-- param_69 = 0.0
-- param_7 = 1
-- param_70 = 0.0
-- param_71 = 0.75
-- param_72 = 0.0
-- param_73 = 1751317200
-- param_74 = 86400
-- param_75 = 60
-- param_76 = 900
-- param_77 = 0
-- param_78 = 0
-- param_79 = 0
-- param_8 = 1
-- param_80 = 'not_all_criteria'
-- param_81 = 'tags'
-- param_82 = 'tags'
-- param_83 = 'min_orders'
-- param_84 = 'min_revenue'
-- param_85 = 'C'
-- param_86 = 'C'
-- param_87 = 5
-- param_88 = 4
-- param_89 = 5
-- param_9 = 2
-- param_90 = 4
-- param_91 = 20
-- param_92 = 19
-- param_93 = 20
-- param_94 = 19
-- param_95 = 1
-- param_96 = 1
-- param_97 = 1
-- param_98 = 1
-- param_99 = 0
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
-- peers_5 = 1
-- peers_6 = 1
-- placed_at_1 = 1751317200
-- placed_at_10 = 1664571600
-- placed_at_11 = 1661979600
-- placed_at_12 = 1667250000
-- placed_at_13 = 1669842000
-- placed_at_14 = 1685566800
-- placed_at_15 = 1677618000
-- placed_at_16 = 1675198800
-- placed_at_17 = 1680296400
-- placed_at_18 = 1682888400
-- placed_at_19 = 1690837200
-- placed_at_2 = 1751317200
-- placed_at_20 = 1688158800
-- placed_at_21 = 1693515600
-- placed_at_22 = 1696107600
-- placed_at_23 = 1725138000
-- placed_at_24 = 1711918800
-- placed_at_25 = 1704056400
-- placed_at_26 = 1701378000
-- placed_at_27 = 1706734800
-- placed_at_28 = 1709240400
-- placed_at_29 = 1717189200
-- placed_at_3 = 1698786000
-- placed_at_30 = 1714510800
-- placed_at_31 = 1719781200
-- placed_at_32 = 1722459600
-- placed_at_33 = 1738357200
-- placed_at_34 = 1730408400
-- placed_at_35 = 1727730000
-- placed_at_36 = 1733000400
-- placed_at_37 = 1735678800
-- placed_at_38 = 1743454800
-- placed_at_39 = 1740776400
-- placed_at_4 = 1672520400
-- placed_at_40 = 1746046800
-- placed_at_41 = 1748725200
-- placed_at_42 = 1646082000
-- placed_at_43 = 1751317200
-- placed_at_5 = 1659301200
-- placed_at_6 = 1651352400
-- placed_at_7 = 1648760400
-- placed_at_8 = 1654030800
-- placed_at_9 = 1656622800
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
