-- namespace(criteria=('nps',), source='orders', excluded=False, client='C-00042')
WITH agg AS 
(SELECT orders.client_id AS client_id, count(*) AS n_all, max(orders.placed_at) AS last_at, CAST(sum(orders.amount_minor) AS SIGNED INTEGER) AS rev_w, count(*) AS n_w, min(orders.placed_at) AS first_w 
FROM orders 
WHERE orders.placed_at <= :placed_at_1 GROUP BY orders.client_id), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS SIGNED INTEGER) AS rev_total 
FROM agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_64) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / CAST(sum(hist.cnt) OVER () - :param_65 AS DOUBLE) ELSE CAST(:param_66 AS DOUBLE) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM agg 
WHERE agg.n_w > :n_w_5 GROUP BY agg.n_w) AS hist), 
nps AS 
(SELECT nps_ranked.client_id AS client_id, nps_ranked.score AS score, nps_ranked.answered_at AS answered_at 
FROM (SELECT nps_answers.client_id AS client_id, nps_answers.score AS score, nps_answers.answered_at AS answered_at, row_number() OVER (PARTITION BY nps_answers.client_id ORDER BY nps_answers.answered_at DESC) AS rn 
FROM nps_answers 
WHERE nps_answers.answered_at <= :answered_at_2) AS nps_ranked 
WHERE nps_ranked.rn = :rn_1), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1 AND nps.answered_at >= :answered_at_1) THEN :param_67 ELSE :param_68 END AS bits 
FROM nps) AS criteria_rows GROUP BY criteria_rows.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.f_nps AS f_nps, lost.excluded_by AS charged 
FROM (SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_44 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_45) THEN CAST(scored.below AS DOUBLE) / CAST((SELECT stats.n_active 
FROM stats) - :param_46 AS DOUBLE) ELSE CAST(:param_47 AS DOUBLE) END ELSE CAST(:param_48 AS DOUBLE) END + CAST(:param_49 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN pr_n.pr_n ELSE CAST(:param_50 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_4) THEN :param_51 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_5) != :coalesce_6)) THEN :param_52 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_email.client_id AS client_id, :param_53 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT concat(suppressions.address, :address_2) AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_54 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_55 END AS excluded_by, CASE WHEN coalesce((crit.bits & :bits_1) != :param_56, false) THEN :param_57 ELSE :param_58 END AS f_nps 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_59 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_60) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS SIGNED INTEGER) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, CASE WHEN (agg.n_w > :n_w_4) THEN :param_61 ELSE :param_62 END AS active, CASE WHEN (agg.rev_w > :rev_w_4) THEN agg.rev_w ELSE :param_63 END AS positive 
FROM agg) AS ranking) AS scored LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w LEFT OUTER JOIN crit ON crit.client_id = scored.client_id 
WHERE coalesce((crit.bits & :bits_1) != :param_56, false) = 1 UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_7) AS n_w, coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_8) AS rev_w, CAST(NULL AS SIGNED INTEGER) AS last_at, CAST(NULL AS SIGNED INTEGER) AS first_w, coalesce(CAST(:param_69 AS DOUBLE) * CASE WHEN (CAST(NULL AS SIGNED INTEGER) > :param_70) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_71) THEN CAST(CAST(NULL AS SIGNED INTEGER) AS DOUBLE) / CAST((SELECT stats.n_active 
FROM stats) - :param_72 AS DOUBLE) ELSE CAST(:param_73 AS DOUBLE) END ELSE CAST(:param_74 AS DOUBLE) END + CAST(:param_75 AS DOUBLE) * CAST(:param_76 AS DOUBLE), :coalesce_9) AS score, CAST(NULL AS SIGNED INTEGER) AS positive_upto, CAST(NULL AS SIGNED INTEGER) AS peers, CASE WHEN (coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_7) < :coalesce_10) THEN :param_77 WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2 AND assignments.created_at >= :created_at_2 AND coalesce(assignments.outcome, :coalesce_11) != :coalesce_12)) THEN :param_78 WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_email.client_id AS client_id, :param_53 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT concat(suppressions.address, :address_2) AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_54 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_79 END AS excluded_by, CASE WHEN coalesce((crit.bits & :bits_2) != :param_80, false) THEN :param_81 ELSE :param_82 END AS f_nps 
FROM crit 
WHERE coalesce((crit.bits & :bits_2) != :param_80, false) = 1 AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_2))) AS lost), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_nps) AS t_nps, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_36 ELSE :param_37 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_38 ELSE :param_39 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_40 ELSE :param_41 END) AS x_opted_out, sum(CASE WHEN (staged.charged IS NULL) THEN :param_42 ELSE :param_43 END) AS t_remaining 
FROM staged), 
target AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.f_nps AS f_nps, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.charged IS NULL) THEN :param_83 ELSE :param_84 END AS kind 
FROM staged INNER JOIN clients ON clients.id = staged.client_id 
WHERE (clients.external_id COLLATE utf8mb4_bin) = :param_86), 
top AS 
(SELECT target.client_id AS client_id, target.n_w AS n_w, target.rev_w AS rev_w, target.last_at AS last_at, target.first_w AS first_w, target.score AS score, target.positive_upto AS positive_upto, target.peers AS peers, target.f_nps AS f_nps, target.charged AS charged, target.external_id AS external_id, target.name AS name, target.email AS email, target.phone AS phone, target.telegram_chat_id AS telegram_chat_id, target.timezone AS timezone, target.locale AS locale, target.manager AS manager, target.email_consent AS email_consent, target.sms_consent AS sms_consent, target.telegram_consent AS telegram_consent, target.kind AS kind, (SELECT count(*) AS count_2 
FROM staged 
WHERE CASE WHEN (staged.charged IS NULL) THEN :param_83 ELSE :param_84 END = target.kind AND (staged.score > target.score OR staged.score = target.score AND (staged.rev_w > target.rev_w OR staged.rev_w = target.rev_w AND (SELECT clients.external_id COLLATE utf8mb4_bin AS anon_3 
FROM clients 
WHERE clients.id = staged.client_id) < (target.external_id COLLATE utf8mb4_bin)))) + :param_85 AS rank 
FROM target), 
boundary AS 
(SELECT agg.client_id AS client_id, row_number() OVER (PARTITION BY agg.rev_w ORDER BY (SELECT clients.external_id COLLATE utf8mb4_bin AS anon_4 
FROM clients 
WHERE clients.id = agg.client_id)) - :param_87 AS place 
FROM agg 
WHERE agg.rev_w IN (SELECT staged.rev_w 
FROM staged 
WHERE staged.rev_w > :rev_w_5 AND staged.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_88 < (SELECT stats.rev_total 
FROM stats) * :param_89 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4) * staged.rev_w) * :param_90 >= (SELECT stats.rev_total 
FROM stats) * :param_91 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_92 < (SELECT stats.rev_total 
FROM stats) * :param_93 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4) * staged.rev_w) * :param_94 >= (SELECT stats.rev_total 
FROM stats) * :param_95))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_96 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_97 ELSE :param_98 END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_99 ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_100 ELSE :param_101 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_102 ELSE :param_103 END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_104 ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_105 ELSE :param_106 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_107 ELSE :param_108 END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_109 ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_110 ELSE :param_111 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_112 ELSE :param_113 END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_114 ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_115 ELSE :param_116 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_117 ELSE :param_118 END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_119 ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_120 ELSE :param_121 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_122 ELSE :param_123 END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_124 ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_125 ELSE :param_126 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_127 ELSE :param_128 END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_129 ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_130 ELSE :param_131 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_132 ELSE :param_133 END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_134 ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_135 ELSE :param_136 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders INNER JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5) THEN :param_137 ELSE :param_138 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6) THEN :param_139 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7) THEN :param_140 ELSE :param_141 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9) THEN :param_142 ELSE :param_143 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10) THEN :param_144 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11) THEN :param_145 ELSE :param_146 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14) THEN :param_147 ELSE :param_148 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15) THEN :param_149 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16) THEN :param_150 ELSE :param_151 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18) THEN :param_152 ELSE :param_153 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19) THEN :param_154 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20) THEN :param_155 ELSE :param_156 END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24) THEN :param_157 ELSE :param_158 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25) THEN :param_159 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26) THEN :param_160 ELSE :param_161 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28) THEN :param_162 ELSE :param_163 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29) THEN :param_164 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30) THEN :param_165 ELSE :param_166 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33) THEN :param_167 ELSE :param_168 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34) THEN :param_169 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35) THEN :param_170 ELSE :param_171 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37) THEN :param_172 ELSE :param_173 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38) THEN :param_174 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39) THEN :param_175 ELSE :param_176 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT top.client_id AS client_id, top.n_w AS n_w, top.first_w AS first_w, CASE WHEN (top.last_at < :last_at_1) THEN CASE WHEN (top.last_at < :last_at_2) THEN CASE WHEN (top.last_at < :last_at_3) THEN CASE WHEN (top.last_at < :last_at_4) THEN CASE WHEN (top.last_at < :last_at_5) THEN :param_177 ELSE :param_178 END ELSE CASE WHEN (top.last_at < :last_at_6) THEN :param_179 ELSE CASE WHEN (top.last_at < :last_at_7) THEN :param_180 ELSE :param_181 END END END ELSE CASE WHEN (top.last_at < :last_at_8) THEN CASE WHEN (top.last_at < :last_at_9) THEN :param_182 ELSE :param_183 END ELSE CASE WHEN (top.last_at < :last_at_10) THEN :param_184 ELSE CASE WHEN (top.last_at < :last_at_11) THEN :param_185 ELSE :param_186 END END END END ELSE CASE WHEN (top.last_at < :last_at_12) THEN CASE WHEN (top.last_at < :last_at_13) THEN CASE WHEN (top.last_at < :last_at_14) THEN :param_187 ELSE :param_188 END ELSE CASE WHEN (top.last_at < :last_at_15) THEN :param_189 ELSE CASE WHEN (top.last_at < :last_at_16) THEN :param_190 ELSE :param_191 END END END ELSE CASE WHEN (top.last_at < :last_at_17) THEN CASE WHEN (top.last_at < :last_at_18) THEN :param_192 ELSE :param_193 END ELSE CASE WHEN (top.last_at < :last_at_19) THEN :param_194 ELSE CASE WHEN (top.last_at < :last_at_20) THEN :param_195 ELSE :param_196 END END END END END ELSE CASE WHEN (top.last_at < :last_at_21) THEN CASE WHEN (top.last_at < :last_at_22) THEN CASE WHEN (top.last_at < :last_at_23) THEN CASE WHEN (top.last_at < :last_at_24) THEN :param_197 ELSE :param_198 END ELSE CASE WHEN (top.last_at < :last_at_25) THEN :param_199 ELSE CASE WHEN (top.last_at < :last_at_26) THEN :param_200 ELSE :param_201 END END END ELSE CASE WHEN (top.last_at < :last_at_27) THEN CASE WHEN (top.last_at < :last_at_28) THEN :param_202 ELSE :param_203 END ELSE CASE WHEN (top.last_at < :last_at_29) THEN :param_204 ELSE CASE WHEN (top.last_at < :last_at_30) THEN :param_205 ELSE :param_206 END END END END ELSE CASE WHEN (top.last_at < :last_at_31) THEN CASE WHEN (top.last_at < :last_at_32) THEN CASE WHEN (top.last_at < :last_at_33) THEN :param_207 ELSE :param_208 END ELSE CASE WHEN (top.last_at < :last_at_34) THEN :param_209 ELSE CASE WHEN (top.last_at < :last_at_35) THEN :param_210 ELSE :param_211 END END END ELSE CASE WHEN (top.last_at < :last_at_36) THEN CASE WHEN (top.last_at < :last_at_37) THEN :param_212 ELSE :param_213 END ELSE CASE WHEN (top.last_at < :last_at_38) THEN :param_214 ELSE CASE WHEN (top.last_at < :last_at_39) THEN :param_215 ELSE :param_216 END END END END END END AS last_m 
FROM top) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_6 AND :param_217 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40 OR (xyz_months.last_m - xyz_months.first_m) + :param_218 < :param_219 OR :param_220 * (:param_221 - xyz_months.first_m) > :n_w_7 * xyz_months.n_w OR :param_222 * (:param_221 - xyz_months.first_m) > :param_223 * ((xyz_months.last_m - xyz_months.first_m) + :param_218))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_42 AND orders.placed_at < :placed_at_43 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_97 ELSE :param_98 END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_99 ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_100 ELSE :param_101 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_102 ELSE :param_103 END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_104 ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_105 ELSE :param_106 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_107 ELSE :param_108 END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_109 ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_110 ELSE :param_111 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_112 ELSE :param_113 END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_114 ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_115 ELSE :param_116 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_117 ELSE :param_118 END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_119 ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_120 ELSE :param_121 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_122 ELSE :param_123 END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_124 ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_125 ELSE :param_126 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_127 ELSE :param_128 END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_129 ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_130 ELSE :param_131 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_132 ELSE :param_133 END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_134 ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_135 ELSE :param_136 END END END END END END) AS monthly GROUP BY monthly.client_id)
 SELECT totals.t_lost, totals.t_nps, totals.x_min_orders, totals.x_cooldown, totals.x_opted_out, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_nps, top.charged, top.rank, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3 AND top.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_6 < (SELECT stats.rev_total 
FROM stats) * :param_7 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2) * top.rev_w) * :param_8 >= (SELECT stats.rev_total 
FROM stats) * :param_9 OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_10 < (SELECT stats.rev_total 
FROM stats) * :param_11 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2) * top.rev_w) * :param_12 >= (SELECT stats.rev_total 
FROM stats) * :param_13)) THEN boundary.place ELSE :param_14 END * top.rev_w) * :param_15 < (SELECT stats.rev_total 
FROM stats) * :param_16) THEN :param_17 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3 AND top.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_6 < (SELECT stats.rev_total 
FROM stats) * :param_7 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2) * top.rev_w) * :param_8 >= (SELECT stats.rev_total 
FROM stats) * :param_9 OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_10 < (SELECT stats.rev_total 
FROM stats) * :param_11 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2) * top.rev_w) * :param_12 >= (SELECT stats.rev_total 
FROM stats) * :param_13)) THEN boundary.place ELSE :param_14 END * top.rev_w) * :param_18 < (SELECT stats.rev_total 
FROM stats) * :param_19) THEN :param_20 ELSE :param_21 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE FLOOR((:param_22 - top.last_at) / :param_23) END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT concat(suppressions.address, :address_1) AS anon_1 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_24 ELSE :param_25 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_26 ELSE :param_27 END AS s_telegram, CASE WHEN (xyz.k IS NULL) THEN :param_28 WHEN (xyz.k < :k_1) THEN :param_29 WHEN (xyz.s <= :s_1) THEN :param_30 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_31 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_32 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_33 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_34 ELSE :param_35 END AS xyz 
FROM totals LEFT OUTER JOIN top ON true = 1 LEFT OUTER JOIN boundary ON boundary.client_id = top.client_id LEFT OUTER JOIN xyz ON xyz.client_id = top.client_id ORDER BY top.rank;
-- parameters
-- address_1 = ''
-- address_2 = ''
-- answered_at_1 = 1719781200
-- answered_at_2 = 1751317200
-- bits_1 = 1
-- bits_2 = 1
-- campaign_1 = 'nps-detractors'
-- campaign_2 = 'nps-detractors'
-- channel_1 = 'email'
-- channel_2 = 'email'
-- channel_3 = 'telegram'
-- channel_4 = 'telegram'
-- channel_5 = 'email'
-- channel_6 = 'email'
-- channel_7 = 'telegram'
-- channel_8 = 'telegram'
-- charged_1 = 'min_orders'
-- charged_2 = 'cooldown'
-- charged_3 = 'opted_out'
-- coalesce_1 = 0
-- coalesce_10 = 1
-- coalesce_11 = ''
-- coalesce_12 = 'no_channel'
-- coalesce_2 = 0
-- coalesce_3 = 0.0
-- coalesce_4 = 1
-- coalesce_5 = ''
-- coalesce_6 = 'no_channel'
-- coalesce_7 = 0
-- coalesce_8 = 0
-- coalesce_9 = 0.0
-- count_1 = 2
-- created_at_1 = 1740983400
-- created_at_2 = 1740983400
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
-- n_w_1 = 0
-- n_w_2 = 0
-- n_w_3 = 0
-- n_w_4 = 0
-- n_w_5 = 0
-- n_w_6 = 3
-- n_w_7 = 17
-- param_1 = 'C'
-- param_10 = 20
-- param_100 = 3
-- param_101 = 4
-- param_102 = 5
-- param_103 = 6
-- param_104 = 7
-- param_105 = 8
-- param_106 = 9
-- param_107 = 10
-- param_108 = 11
-- param_109 = 12
-- param_11 = 19
-- param_110 = 13
-- param_111 = 14
-- param_112 = 15
-- param_113 = 16
-- param_114 = 17
-- param_115 = 18
-- param_116 = 19
-- param_117 = 20
-- param_118 = 21
-- param_119 = 22
-- param_12 = 20
-- param_120 = 23
-- param_121 = 24
-- param_122 = 25
-- param_123 = 26
-- param_124 = 27
-- param_125 = 28
-- param_126 = 29
-- param_127 = 30
-- param_128 = 31
-- param_129 = 32
-- param_13 = 19
-- param_130 = 33
-- param_131 = 34
-- param_132 = 35
-- param_133 = 36
-- param_134 = 37
-- param_135 = 38
-- param_136 = 39
-- param_137 = 0
-- param_138 = 1
-- param_139 = 2
-- param_14 = 0
-- param_140 = 3
-- param_141 = 4
-- param_142 = 5
-- param_143 = 6
-- param_144 = 7
-- param_145 = 8
-- param_146 = 9
-- param_147 = 10
-- param_148 = 11
-- param_149 = 12
-- param_15 = 5
-- param_150 = 13
-- param_151 = 14
-- param_152 = 15
-- param_153 = 16
-- param_154 = 17
-- param_155 = 18
-- param_156 = 19
-- param_157 = 20
-- param_158 = 21
-- param_159 = 22
-- param_16 = 4
-- param_160 = 23
-- param_161 = 24
-- param_162 = 25
-- param_163 = 26
-- param_164 = 27
-- param_165 = 28
-- param_166 = 29
-- param_167 = 30
-- param_168 = 31
-- param_169 = 32
-- param_17 = 'A'
-- param_170 = 33
-- param_171 = 34
-- param_172 = 35
-- param_173 = 36
-- param_174 = 37
-- param_175 = 38
-- param_176 = 39
-- param_177 = 0
-- param_178 = 1
-- param_179 = 2
-- param_18 = 20
-- param_180 = 3
-- param_181 = 4
-- param_182 = 5
-- param_183 = 6
-- param_184 = 7
-- param_185 = 8
-- param_186 = 9
-- param_187 = 10
-- param_188 = 11
-- param_189 = 12
-- param_19 = 19
-- param_190 = 13
-- param_191 = 14
-- param_192 = 15
-- param_193 = 16
-- param_194 = 17
-- param_195 = 18
-- param_196 = 19
-- param_197 = 20
-- param_198 = 21
-- param_199 = 22
-- param_2 = 'C'
-- param_20 = 'B'
-- param_200 = 23
-- param_201 = 24
-- param_202 = 25
-- param_203 = 26
-- param_204 = 27
-- param_205 = 28
-- param_206 = 29
-- param_207 = 30
-- param_208 = 31
-- param_209 = 32
-- param_21 = 'C'
-- param_210 = 33
-- param_211 = 34
-- param_212 = 35
-- param_213 = 36
-- param_214 = 37
-- param_215 = 38
-- param_216 = 39
-- param_217 = 624
-- param_218 = 1
-- param_219 = 3
-- param_22 = 1751317200
-- param_220 = 16
-- param_221 = 40
-- param_222 = 16
-- param_223 = 17
-- param_23 = 86400
-- param_24 = 1
-- param_25 = 0
-- param_26 = 1
-- param_27 = 0
-- param_28 = 'Z'
-- param_29 = 'Z'
-- param_3 = 1
-- param_30 = 'Z'
-- param_31 = 0.01
-- param_32 = 'X'
-- param_33 = 0.0625
-- param_34 = 'Y'
-- param_35 = 'Z'
-- param_36 = 1
-- param_37 = 0
-- param_38 = 1
-- param_39 = 0
-- param_4 = 0
-- param_40 = 1
-- param_41 = 0
-- param_42 = 1
-- param_43 = 0
-- param_44 = 0.5
-- param_45 = 1
-- param_46 = 1
-- param_47 = 0.0
-- param_48 = 0.0
-- param_49 = 0.5
-- param_5 = 0
-- param_50 = 0.0
-- param_51 = 'min_orders'
-- param_52 = 'cooldown'
-- param_53 = 0
-- param_54 = 1
-- param_55 = 'opted_out'
-- param_56 = 0
-- param_57 = 1
-- param_58 = 0
-- param_59 = 1
-- param_6 = 5
-- param_60 = 1
-- param_61 = 1
-- param_62 = 0
-- param_63 = 0
-- param_64 = 1
-- param_65 = 1
-- param_66 = 0.0
-- param_67 = 1
-- param_68 = 0
-- param_69 = 0.5
-- param_7 = 4
-- param_70 = 0
-- param_71 = 1
-- param_72 = 1
-- param_73 = 0.0
-- param_74 = 0.0
-- param_75 = 0.5
-- param_76 = 0.0
-- param_77 = 'min_orders'
-- param_78 = 'cooldown'
-- param_79 = 'opted_out'
-- param_8 = 5
-- param_80 = 0
-- param_81 = 1
-- param_82 = 0
-- param_83 = 0
-- param_84 = 1
-- param_85 = 1
-- param_86 = 'C-00042'
-- param_87 = 1
-- param_88 = 5
-- param_89 = 4
-- param_9 = 4
-- param_90 = 5
-- param_91 = 4
-- param_92 = 20
-- param_93 = 19
-- param_94 = 20
-- param_95 = 19
-- param_96 = 1
-- param_97 = 0
-- param_98 = 1
-- param_99 = 2
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
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
-- rn_1 = 1
-- s_1 = 0
-- score_1 = 6
