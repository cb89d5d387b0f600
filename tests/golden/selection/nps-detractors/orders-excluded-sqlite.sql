-- namespace(criteria=('nps',), source='orders', excluded=True, client=None)
WITH agg AS 
(SELECT orders.client_id AS client_id, count(*) AS n_all, max(orders.placed_at) AS last_at, CAST(sum(orders.amount_minor) AS BIGINT) AS rev_w, count(*) AS n_w, min(orders.placed_at) AS first_w 
FROM orders 
WHERE orders.placed_at <= :placed_at_1 GROUP BY orders.client_id), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS BIGINT) AS rev_total 
FROM agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_41) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / (CAST(sum(hist.cnt) OVER () - :param_42 AS DOUBLE) + 0.0) ELSE CAST(:param_43 AS DOUBLE) END AS pr_n 
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
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1 AND nps.answered_at >= :answered_at_1) THEN :param_50 ELSE :param_51 END AS bits 
FROM nps) AS criteria_rows GROUP BY criteria_rows.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.f_nps AS f_nps, lost.excluded_by AS charged 
FROM (SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_35 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_36) THEN CAST(scored.below AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_37 AS DOUBLE) + 0.0) ELSE CAST(:param_38 AS DOUBLE) END ELSE CAST(:param_39 AS DOUBLE) END + CAST(:param_40 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN CASE WHEN (scored.n_w = :n_w_4) THEN (SELECT pr_n.pr_n 
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
WHERE pr_n.n_w = scored.n_w) END ELSE CAST(:param_44 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_4) THEN :param_45 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_5) != :coalesce_6)) THEN :param_46 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_email.client_id AS client_id, :param_47 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_48 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_49 END AS excluded_by, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_52) != :param_53, 0) THEN :param_54 ELSE :param_55 END AS f_nps 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_56 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_57) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, CASE WHEN (agg.n_w > :n_w_53) THEN :param_58 ELSE :param_59 END AS active, CASE WHEN (agg.rev_w > :rev_w_3) THEN agg.rev_w ELSE :param_60 END AS positive 
FROM agg) AS ranking) AS scored 
WHERE coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_52) != :param_53, 0) = 1 UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS BIGINT), :coalesce_7) AS n_w, coalesce(CAST(NULL AS BIGINT), :coalesce_8) AS rev_w, CAST(NULL AS BIGINT) AS last_at, CAST(NULL AS BIGINT) AS first_w, coalesce(CAST(:param_61 AS DOUBLE) * CASE WHEN (CAST(NULL AS BIGINT) > :param_62) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_63) THEN CAST(CAST(NULL AS BIGINT) AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_64 AS DOUBLE) + 0.0) ELSE CAST(:param_65 AS DOUBLE) END ELSE CAST(:param_66 AS DOUBLE) END + CAST(:param_67 AS DOUBLE) * CAST(:param_68 AS DOUBLE), :coalesce_9) AS score, CAST(NULL AS BIGINT) AS positive_upto, CAST(NULL AS BIGINT) AS peers, CASE WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_7) < :coalesce_10) THEN :param_69 WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2 AND assignments.created_at >= :created_at_2 AND coalesce(assignments.outcome, :coalesce_11) != :coalesce_12)) THEN :param_70 WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_email.client_id AS client_id, :param_47 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_48 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_71 END AS excluded_by, CASE WHEN coalesce((crit.bits & :bits_1) != :param_72, 0) THEN :param_73 ELSE :param_74 END AS f_nps 
FROM crit 
WHERE coalesce((crit.bits & :bits_1) != :param_72, 0) = 1 AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_2))) AS lost), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_nps) AS t_nps, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_27 ELSE :param_28 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_29 ELSE :param_30 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_31 ELSE :param_32 END) AS x_opted_out, sum(CASE WHEN (staged.charged IS NULL) THEN :param_33 ELSE :param_34 END) AS t_remaining 
FROM staged), 
boundary AS 
(SELECT agg.client_id AS client_id, row_number() OVER (PARTITION BY agg.rev_w ORDER BY (SELECT clients.external_id 
FROM clients 
WHERE clients.id = agg.client_id)) - :param_83 AS place 
FROM agg 
WHERE agg.rev_w IN (SELECT staged.rev_w 
FROM staged 
WHERE staged.rev_w > :rev_w_5 AND staged.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_84 < (SELECT stats.rev_total 
FROM stats) * :param_85 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4) * staged.rev_w) * :param_86 >= (SELECT stats.rev_total 
FROM stats) * :param_87 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_88 < (SELECT stats.rev_total 
FROM stats) * :param_89 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4) * staged.rev_w) * :param_90 >= (SELECT stats.rev_total 
FROM stats) * :param_91))), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.f_nps AS f_nps, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_4 AND staged.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_75 < (SELECT stats.rev_total 
FROM stats) * :param_76 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_2) * staged.rev_w) * :param_77 >= (SELECT stats.rev_total 
FROM stats) * :param_78 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_79 < (SELECT stats.rev_total 
FROM stats) * :param_80 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_2) * staged.rev_w) * :param_81 >= (SELECT stats.rev_total 
FROM stats) * :param_82)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_92 END AS abc_place 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NOT NULL), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_93 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_94 ELSE :param_95 END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_96 ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_97 ELSE :param_98 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_99 ELSE :param_100 END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_101 ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_102 ELSE :param_103 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_104 ELSE :param_105 END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_106 ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_107 ELSE :param_108 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_109 ELSE :param_110 END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_111 ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_112 ELSE :param_113 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_114 ELSE :param_115 END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_116 ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_117 ELSE :param_118 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_119 ELSE :param_120 END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_121 ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_122 ELSE :param_123 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_124 ELSE :param_125 END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_126 ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_127 ELSE :param_128 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_129 ELSE :param_130 END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_131 ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_132 ELSE :param_133 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5) THEN :param_134 ELSE :param_135 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6) THEN :param_136 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7) THEN :param_137 ELSE :param_138 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9) THEN :param_139 ELSE :param_140 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10) THEN :param_141 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11) THEN :param_142 ELSE :param_143 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14) THEN :param_144 ELSE :param_145 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15) THEN :param_146 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16) THEN :param_147 ELSE :param_148 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18) THEN :param_149 ELSE :param_150 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19) THEN :param_151 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20) THEN :param_152 ELSE :param_153 END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24) THEN :param_154 ELSE :param_155 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25) THEN :param_156 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26) THEN :param_157 ELSE :param_158 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28) THEN :param_159 ELSE :param_160 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29) THEN :param_161 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30) THEN :param_162 ELSE :param_163 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33) THEN :param_164 ELSE :param_165 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34) THEN :param_166 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35) THEN :param_167 ELSE :param_168 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37) THEN :param_169 ELSE :param_170 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38) THEN :param_171 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39) THEN :param_172 ELSE :param_173 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT top.client_id AS client_id, top.n_w AS n_w, top.first_w AS first_w, CASE WHEN (top.last_at < :last_at_1) THEN CASE WHEN (top.last_at < :last_at_2) THEN CASE WHEN (top.last_at < :last_at_3) THEN CASE WHEN (top.last_at < :last_at_4) THEN CASE WHEN (top.last_at < :last_at_5) THEN :param_174 ELSE :param_175 END ELSE CASE WHEN (top.last_at < :last_at_6) THEN :param_176 ELSE CASE WHEN (top.last_at < :last_at_7) THEN :param_177 ELSE :param_178 END END END ELSE CASE WHEN (top.last_at < :last_at_8) THEN CASE WHEN (top.last_at < :last_at_9) THEN :param_179 ELSE :param_180 END ELSE CASE WHEN (top.last_at < :last_at_10) THEN :param_181 ELSE CASE WHEN (top.last_at < :last_at_11) THEN :param_182 ELSE :param_183 END END END END ELSE CASE WHEN (top.last_at < :last_at_12) THEN CASE WHEN (top.last_at < :last_at_13) THEN CASE WHEN (top.last_at < :last_at_14) THEN :param_184 ELSE :param_185 END ELSE CASE WHEN (top.last_at < :last_at_15) THEN :param_186 ELSE CASE WHEN (top.last_at < :last_at_16) THEN :param_187 ELSE :param_188 END END END ELSE CASE WHEN (top.last_at < :last_at_17) THEN CASE WHEN (top.last_at < :last_at_18) THEN :param_189 ELSE :param_190 END ELSE CASE WHEN (top.last_at < :last_at_19) THEN :param_191 ELSE CASE WHEN (top.last_at < :last_at_20) THEN :param_192 ELSE :param_193 END END END END END ELSE CASE WHEN (top.last_at < :last_at_21) THEN CASE WHEN (top.last_at < :last_at_22) THEN CASE WHEN (top.last_at < :last_at_23) THEN CASE WHEN (top.last_at < :last_at_24) THEN :param_194 ELSE :param_195 END ELSE CASE WHEN (top.last_at < :last_at_25) THEN :param_196 ELSE CASE WHEN (top.last_at < :last_at_26) THEN :param_197 ELSE :param_198 END END END ELSE CASE WHEN (top.last_at < :last_at_27) THEN CASE WHEN (top.last_at < :last_at_28) THEN :param_199 ELSE :param_200 END ELSE CASE WHEN (top.last_at < :last_at_29) THEN :param_201 ELSE CASE WHEN (top.last_at < :last_at_30) THEN :param_202 ELSE :param_203 END END END END ELSE CASE WHEN (top.last_at < :last_at_31) THEN CASE WHEN (top.last_at < :last_at_32) THEN CASE WHEN (top.last_at < :last_at_33) THEN :param_204 ELSE :param_205 END ELSE CASE WHEN (top.last_at < :last_at_34) THEN :param_206 ELSE CASE WHEN (top.last_at < :last_at_35) THEN :param_207 ELSE :param_208 END END END ELSE CASE WHEN (top.last_at < :last_at_36) THEN CASE WHEN (top.last_at < :last_at_37) THEN :param_209 ELSE :param_210 END ELSE CASE WHEN (top.last_at < :last_at_38) THEN :param_211 ELSE CASE WHEN (top.last_at < :last_at_39) THEN :param_212 ELSE :param_213 END END END END END END AS last_m 
FROM top) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_54 AND :param_214 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40 OR (xyz_months.last_m - xyz_months.first_m) + :param_215 < :param_216 OR :param_217 * (:param_218 - xyz_months.first_m) > :n_w_55 * xyz_months.n_w OR :param_219 * (:param_218 - xyz_months.first_m) > :param_220 * ((xyz_months.last_m - xyz_months.first_m) + :param_215))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_42 AND orders.placed_at < :placed_at_43 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_94 ELSE :param_95 END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_96 ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_97 ELSE :param_98 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_99 ELSE :param_100 END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_101 ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_102 ELSE :param_103 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_104 ELSE :param_105 END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_106 ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_107 ELSE :param_108 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_109 ELSE :param_110 END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_111 ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_112 ELSE :param_113 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_114 ELSE :param_115 END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_116 ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_117 ELSE :param_118 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_119 ELSE :param_120 END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_121 ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_122 ELSE :param_123 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_124 ELSE :param_125 END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_126 ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_127 ELSE :param_128 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_129 ELSE :param_130 END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_131 ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_132 ELSE :param_133 END END END END END END) AS monthly GROUP BY monthly.client_id)
 SELECT totals.t_lost, totals.t_nps, totals.x_min_orders, totals.x_cooldown, totals.x_opted_out, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_nps, top.charged, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_6 < (SELECT stats.rev_total 
FROM stats) * :param_7) THEN :param_8 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_9 < (SELECT stats.rev_total 
FROM stats) * :param_10) THEN :param_11 ELSE :param_12 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_13 - top.last_at) / :param_14 END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1 AS anon_1 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_15 ELSE :param_16 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_17 ELSE :param_18 END AS s_telegram, CASE WHEN (xyz.k IS NULL) THEN :param_19 WHEN (xyz.k < :k_1) THEN :param_20 WHEN (xyz.s <= :s_1) THEN :param_21 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_22 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_23 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_24 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_25 ELSE :param_26 END AS xyz 
FROM totals LEFT OUTER JOIN top ON 1 = 1 LEFT OUTER JOIN xyz ON xyz.client_id = top.client_id ORDER BY top.score DESC, top.rev_w DESC, top.external_id;
-- parameters
-- address_1 = ''
-- address_2 = ''
-- answered_at_1 = 1719781200
-- answered_at_2 = 1751317200
-- bits_1 = 1
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
-- param_1 = 'C'
-- param_10 = 19
-- param_100 = 6
-- param_101 = 7
-- param_102 = 8
-- param_103 = 9
-- param_104 = 10
-- param_105 = 11
-- param_106 = 12
-- param_107 = 13
-- param_108 = 14
-- param_109 = 15
-- param_11 = 'B'
-- param_110 = 16
-- param_111 = 17
-- param_112 = 18
-- param_113 = 19
-- param_114 = 20
-- param_115 = 21
-- param_116 = 22
-- param_117 = 23
-- param_118 = 24
-- param_119 = 25
-- param_12 = 'C'
-- param_120 = 26
-- param_121 = 27
-- param_122 = 28
-- param_123 = 29
-- param_124 = 30
-- param_125 = 31
-- param_126 = 32
-- param_127 = 33
-- param_128 = 34
-- param_129 = 35
-- param_13 = 1751317200
-- param_130 = 36
-- param_131 = 37
-- param_132 = 38
-- param_133 = 39
-- param_134 = 0
-- param_135 = 1
-- param_136 = 2
-- param_137 = 3
-- param_138 = 4
-- param_139 = 5
-- param_14 = 86400
-- param_140 = 6
-- param_141 = 7
-- param_142 = 8
-- param_143 = 9
-- param_144 = 10
-- param_145 = 11
-- param_146 = 12
-- param_147 = 13
-- param_148 = 14
-- param_149 = 15
-- param_15 = 1
-- param_150 = 16
-- param_151 = 17
-- param_152 = 18
-- param_153 = 19
-- param_154 = 20
-- param_155 = 21
-- param_156 = 22
-- param_157 = 23
-- param_158 = 24
-- param_159 = 25
-- param_16 = 0
-- param_160 = 26
-- param_161 = 27
-- param_162 = 28
-- param_163 = 29
-- param_164 = 30
-- param_165 = 31
-- param_166 = 32
-- param_167 = 33
-- param_168 = 34
-- param_169 = 35
-- param_17 = 1
-- param_170 = 36
-- param_171 = 37
-- param_172 = 38
-- param_173 = 39
-- param_174 = 0
-- param_175 = 1
-- param_176 = 2
-- param_177 = 3
-- param_178 = 4
-- param_179 = 5
-- param_18 = 0
-- param_180 = 6
-- param_181 = 7
-- param_182 = 8
-- param_183 = 9
-- param_184 = 10
-- param_185 = 11
-- param_186 = 12
-- param_187 = 13
-- param_188 = 14
-- param_189 = 15
-- param_19 = 'Z'
-- param_190 = 16
-- param_191 = 17
-- param_192 = 18
-- param_193 = 19
-- param_194 = 20
-- param_195 = 21
-- param_196 = 22
-- param_197 = 23
-- param_198 = 24
-- param_199 = 25
-- param_2 = 'C'
-- param_20 = 'Z'
-- param_200 = 26
-- param_201 = 27
-- param_202 = 28
-- param_203 = 29
-- param_204 = 30
-- param_205 = 31
-- param_206 = 32
-- param_207 = 33
-- param_208 = 34
-- param_209 = 35
-- param_21 = 'Z'
-- param_210 = 36
-- param_211 = 37
-- param_212 = 38
-- param_213 = 39
-- param_214 = 624
-- param_215 = 1
-- param_216 = 3
-- param_217 = 16
-- param_218 = 40
-- param_219 = 16
-- param_22 = 0.01
-- param_220 = 17
-- param_23 = 'X'
-- param_24 = 0.0625
-- param_25 = 'Y'
-- param_26 = 'Z'
-- param_27 = 1
-- param_28 = 0
-- param_29 = 1
-- param_3 = 1
-- param_30 = 0
-- param_31 = 1
-- param_32 = 0
-- param_33 = 1
-- param_34 = 0
-- param_35 = 0.5
-- param_36 = 1
-- param_37 = 1
-- param_38 = 0.0
-- param_39 = 0.0
-- param_4 = 0
-- param_40 = 0.5
-- param_41 = 1
-- param_42 = 1
-- param_43 = 0.0
-- param_44 = 0.0
-- param_45 = 'min_orders'
-- param_46 = 'cooldown'
-- param_47 = 0
-- param_48 = 1
-- param_49 = 'opted_out'
-- param_5 = 0
-- param_50 = 1
-- param_51 = 0
-- param_52 = 1
-- param_53 = 0
-- param_54 = 1
-- param_55 = 0
-- param_56 = 1
-- param_57 = 1
-- param_58 = 1
-- param_59 = 0
-- param_6 = 5
-- param_60 = 0
-- param_61 = 0.5
-- param_62 = 0
-- param_63 = 1
-- param_64 = 1
-- param_65 = 0.0
-- param_66 = 0.0
-- param_67 = 0.5
-- param_68 = 0.0
-- param_69 = 'min_orders'
-- param_7 = 4
-- param_70 = 'cooldown'
-- param_71 = 'opted_out'
-- param_72 = 0
-- param_73 = 1
-- param_74 = 0
-- param_75 = 5
-- param_76 = 4
-- param_77 = 5
-- param_78 = 4
-- param_79 = 20
-- param_8 = 'A'
-- param_80 = 19
-- param_81 = 20
-- param_82 = 19
-- param_83 = 1
-- param_84 = 5
-- param_85 = 4
-- param_86 = 5
-- param_87 = 4
-- param_88 = 20
-- param_89 = 19
-- param_9 = 20
-- param_90 = 20
-- param_91 = 19
-- param_92 = 0
-- param_93 = 1
-- param_94 = 0
-- param_95 = 1
-- param_96 = 2
-- param_97 = 3
-- param_98 = 4
-- param_99 = 5
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
