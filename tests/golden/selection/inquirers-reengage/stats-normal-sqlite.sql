-- namespace(criteria=('inquiries',), source='stats', excluded=False, client=None)
WITH stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS BIGINT) AS rev_total 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w 
FROM client_order_stats) AS agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_41) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / (CAST(sum(hist.cnt) OVER () - :param_42 AS DOUBLE) + 0.0) ELSE CAST(:param_43 AS DOUBLE) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w 
FROM client_order_stats) AS agg 
WHERE agg.n_w > :n_w_5 GROUP BY agg.n_w) AS hist), 
inquiries AS 
(SELECT incidents.client_id AS client_id, count(*) AS n 
FROM incidents 
WHERE incidents.kind = :kind_1 AND incidents.occurred_at <= :occurred_at_1 GROUP BY incidents.client_id), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1) THEN :param_68 ELSE :param_69 END AS bits 
FROM inquiries) AS criteria_rows GROUP BY criteria_rows.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.f_inquiries AS f_inquiries, lost.excluded_by AS charged 
FROM (SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, coalesce(CAST(:param_35 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
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
WHERE pr_n.n_w = scored.n_w) END ELSE CAST(:param_44 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_4) != :coalesce_5)) THEN :param_45 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_email.client_id AS client_id, :param_46 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_sms.client_id AS client_id, :param_47 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_48 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_49 END AS excluded_by, CASE WHEN coalesce(0, 0) THEN :param_50 ELSE :param_51 END AS f_inquiries 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_52 AS below, count(*) OVER (ORDER BY client_order_stats.revenue_minor) - (rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_53) AS peers, CAST(sum(CASE WHEN (client_order_stats.revenue_minor > :revenue_minor_1) THEN client_order_stats.revenue_minor ELSE :param_54 END) OVER (ORDER BY client_order_stats.revenue_minor) AS BIGINT) AS positive_upto 
FROM client_order_stats) AS scored 
WHERE coalesce(0, 0) = 1 UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS BIGINT), :coalesce_6) AS n_w, coalesce(CAST(NULL AS BIGINT), :coalesce_7) AS rev_w, CAST(NULL AS BIGINT) AS last_at, coalesce(CAST(:param_55 AS DOUBLE) * CASE WHEN (CAST(NULL AS BIGINT) > :param_56) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_57) THEN CAST(CAST(NULL AS BIGINT) AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_58 AS DOUBLE) + 0.0) ELSE CAST(:param_59 AS DOUBLE) END ELSE CAST(:param_60 AS DOUBLE) END + CAST(:param_61 AS DOUBLE) * CAST(:param_62 AS DOUBLE), :coalesce_8) AS score, CAST(NULL AS BIGINT) AS positive_upto, CAST(NULL AS BIGINT) AS peers, CASE WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2 AND assignments.created_at >= :created_at_2 AND coalesce(assignments.outcome, :coalesce_9) != :coalesce_10)) THEN :param_63 WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_email.client_id AS client_id, :param_46 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_sms.client_id AS client_id, :param_47 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_48 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_64 END AS excluded_by, CASE WHEN coalesce((crit.bits & :bits_1) != :param_65, 0) THEN :param_66 ELSE :param_67 END AS f_inquiries 
FROM crit 
WHERE coalesce((crit.bits & :bits_1) != :param_65, 0) = 1 AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_1))) AS lost), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_inquiries) AS t_inquiries, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_29 ELSE :param_30 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_31 ELSE :param_32 END) AS x_opted_out, sum(CASE WHEN (staged.charged IS NULL) THEN :param_33 ELSE :param_34 END) AS t_remaining 
FROM staged), 
boundary AS 
(SELECT agg.client_id AS client_id, row_number() OVER (PARTITION BY agg.rev_w ORDER BY (SELECT clients.external_id 
FROM clients 
WHERE clients.id = agg.client_id)) - :param_78 AS place 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w 
FROM client_order_stats) AS agg 
WHERE agg.rev_w IN (SELECT staged.rev_w 
FROM staged 
WHERE staged.rev_w > :rev_w_4 AND staged.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_79 < (SELECT stats.rev_total 
FROM stats) * :param_80 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4) * staged.rev_w) * :param_81 >= (SELECT stats.rev_total 
FROM stats) * :param_82 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_83 < (SELECT stats.rev_total 
FROM stats) * :param_84 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4) * staged.rev_w) * :param_85 >= (SELECT stats.rev_total 
FROM stats) * :param_86))), 
cut AS 
(SELECT staged.score AS score, staged.rev_w AS rev_w 
FROM staged 
WHERE staged.charged IS NULL AND (SELECT totals.t_remaining 
FROM totals) >= :param_88 ORDER BY staged.score DESC, staged.rev_w DESC
 LIMIT :param_89 OFFSET :param_90), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.f_inquiries AS f_inquiries, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_3 AND staged.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_70 < (SELECT stats.rev_total 
FROM stats) * :param_71 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_2) * staged.rev_w) * :param_72 >= (SELECT stats.rev_total 
FROM stats) * :param_73 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_74 < (SELECT stats.rev_total 
FROM stats) * :param_75 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_2) * staged.rev_w) * :param_76 >= (SELECT stats.rev_total 
FROM stats) * :param_77)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_87 END AS abc_place 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NULL AND (NOT (EXISTS (SELECT * 
FROM cut)) OR staged.score > (SELECT cut.score 
FROM cut) OR staged.score = (SELECT cut.score 
FROM cut) AND staged.rev_w >= (SELECT cut.rev_w 
FROM cut))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_91 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_2) THEN CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN :param_92 ELSE :param_93 END ELSE CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_94 ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_95 ELSE :param_96 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_97 ELSE :param_98 END ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_99 ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_100 ELSE :param_101 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_102 ELSE :param_103 END ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_104 ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_105 ELSE :param_106 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_107 ELSE :param_108 END ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_109 ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_110 ELSE :param_111 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN :param_112 ELSE :param_113 END ELSE CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_114 ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_115 ELSE :param_116 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_117 ELSE :param_118 END ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_119 ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_120 ELSE :param_121 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_122 ELSE :param_123 END ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_124 ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_125 ELSE :param_126 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_127 ELSE :param_128 END ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_129 ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_130 ELSE :param_131 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.first_order_at < :first_order_at_1) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_2) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_3) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_4) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_5) THEN :param_132 ELSE :param_133 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_6) THEN :param_134 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_7) THEN :param_135 ELSE :param_136 END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_8) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_9) THEN :param_137 ELSE :param_138 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_10) THEN :param_139 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_11) THEN :param_140 ELSE :param_141 END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_12) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_13) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_14) THEN :param_142 ELSE :param_143 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_15) THEN :param_144 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_16) THEN :param_145 ELSE :param_146 END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_17) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_18) THEN :param_147 ELSE :param_148 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_19) THEN :param_149 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_20) THEN :param_150 ELSE :param_151 END END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_21) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_22) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_23) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_24) THEN :param_152 ELSE :param_153 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_25) THEN :param_154 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_26) THEN :param_155 ELSE :param_156 END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_27) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_28) THEN :param_157 ELSE :param_158 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_29) THEN :param_159 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_30) THEN :param_160 ELSE :param_161 END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_31) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_32) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_33) THEN :param_162 ELSE :param_163 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_34) THEN :param_164 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_35) THEN :param_165 ELSE :param_166 END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_36) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_37) THEN :param_167 ELSE :param_168 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_38) THEN :param_169 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_39) THEN :param_170 ELSE :param_171 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.last_m AS last_m 
FROM (SELECT top.client_id AS client_id, top.n_w AS n_w, CASE WHEN (top.last_at < :last_at_1) THEN CASE WHEN (top.last_at < :last_at_2) THEN CASE WHEN (top.last_at < :last_at_3) THEN CASE WHEN (top.last_at < :last_at_4) THEN CASE WHEN (top.last_at < :last_at_5) THEN :param_172 ELSE :param_173 END ELSE CASE WHEN (top.last_at < :last_at_6) THEN :param_174 ELSE CASE WHEN (top.last_at < :last_at_7) THEN :param_175 ELSE :param_176 END END END ELSE CASE WHEN (top.last_at < :last_at_8) THEN CASE WHEN (top.last_at < :last_at_9) THEN :param_177 ELSE :param_178 END ELSE CASE WHEN (top.last_at < :last_at_10) THEN :param_179 ELSE CASE WHEN (top.last_at < :last_at_11) THEN :param_180 ELSE :param_181 END END END END ELSE CASE WHEN (top.last_at < :last_at_12) THEN CASE WHEN (top.last_at < :last_at_13) THEN CASE WHEN (top.last_at < :last_at_14) THEN :param_182 ELSE :param_183 END ELSE CASE WHEN (top.last_at < :last_at_15) THEN :param_184 ELSE CASE WHEN (top.last_at < :last_at_16) THEN :param_185 ELSE :param_186 END END END ELSE CASE WHEN (top.last_at < :last_at_17) THEN CASE WHEN (top.last_at < :last_at_18) THEN :param_187 ELSE :param_188 END ELSE CASE WHEN (top.last_at < :last_at_19) THEN :param_189 ELSE CASE WHEN (top.last_at < :last_at_20) THEN :param_190 ELSE :param_191 END END END END END ELSE CASE WHEN (top.last_at < :last_at_21) THEN CASE WHEN (top.last_at < :last_at_22) THEN CASE WHEN (top.last_at < :last_at_23) THEN CASE WHEN (top.last_at < :last_at_24) THEN :param_192 ELSE :param_193 END ELSE CASE WHEN (top.last_at < :last_at_25) THEN :param_194 ELSE CASE WHEN (top.last_at < :last_at_26) THEN :param_195 ELSE :param_196 END END END ELSE CASE WHEN (top.last_at < :last_at_27) THEN CASE WHEN (top.last_at < :last_at_28) THEN :param_197 ELSE :param_198 END ELSE CASE WHEN (top.last_at < :last_at_29) THEN :param_199 ELSE CASE WHEN (top.last_at < :last_at_30) THEN :param_200 ELSE :param_201 END END END END ELSE CASE WHEN (top.last_at < :last_at_31) THEN CASE WHEN (top.last_at < :last_at_32) THEN CASE WHEN (top.last_at < :last_at_33) THEN :param_202 ELSE :param_203 END ELSE CASE WHEN (top.last_at < :last_at_34) THEN :param_204 ELSE CASE WHEN (top.last_at < :last_at_35) THEN :param_205 ELSE :param_206 END END END ELSE CASE WHEN (top.last_at < :last_at_36) THEN CASE WHEN (top.last_at < :last_at_37) THEN :param_207 ELSE :param_208 END ELSE CASE WHEN (top.last_at < :last_at_38) THEN :param_209 ELSE CASE WHEN (top.last_at < :last_at_39) THEN :param_210 ELSE :param_211 END END END END END END AS last_m 
FROM top) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_53 AND :param_212 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe JOIN client_order_stats ON client_order_stats.client_id = xyz_maybe.client_id) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_1 OR (xyz_months.last_m - xyz_months.first_m) + :param_213 < :param_214 OR :param_215 * (:param_216 - xyz_months.first_m) > :n_w_54 * xyz_months.n_w OR :param_217 * (:param_216 - xyz_months.first_m) > :param_218 * ((xyz_months.last_m - xyz_months.first_m) + :param_213))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_41 AND orders.placed_at < :placed_at_42 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_2) THEN CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN :param_92 ELSE :param_93 END ELSE CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_94 ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_95 ELSE :param_96 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_97 ELSE :param_98 END ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_99 ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_100 ELSE :param_101 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_102 ELSE :param_103 END ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_104 ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_105 ELSE :param_106 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_107 ELSE :param_108 END ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_109 ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_110 ELSE :param_111 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN :param_112 ELSE :param_113 END ELSE CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_114 ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_115 ELSE :param_116 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_117 ELSE :param_118 END ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_119 ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_120 ELSE :param_121 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_122 ELSE :param_123 END ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_124 ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_125 ELSE :param_126 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_127 ELSE :param_128 END ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_129 ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_130 ELSE :param_131 END END END END END END) AS monthly GROUP BY monthly.client_id)
 SELECT totals.t_lost, totals.t_inquiries, totals.x_cooldown, totals.x_opted_out, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_inquiries, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_6 < (SELECT stats.rev_total 
FROM stats) * :param_7) THEN :param_8 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_9 < (SELECT stats.rev_total 
FROM stats) * :param_10) THEN :param_11 ELSE :param_12 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_13 - top.last_at) / :param_14 END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1 AS anon_1 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_15 ELSE :param_16 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_17 ELSE :param_18 END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_19 ELSE :param_20 END AS s_telegram, CASE WHEN (xyz.k IS NULL) THEN :param_21 WHEN (xyz.k < :k_1) THEN :param_22 WHEN (xyz.s <= :s_1) THEN :param_23 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_24 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_25 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_26 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_27 ELSE :param_28 END AS xyz 
FROM totals LEFT OUTER JOIN top ON 1 = 1 LEFT OUTER JOIN xyz ON xyz.client_id = top.client_id ORDER BY top.score DESC, top.rev_w DESC, top.external_id
 LIMIT :param_219 OFFSET :param_220;
-- parameters
-- address_1 = ''
-- address_2 = ''
-- bits_1 = 4
-- campaign_1 = 'inquirers-reengage'
-- campaign_2 = 'inquirers-reengage'
-- channel_1 = 'email'
-- channel_10 = 'sms'
-- channel_11 = 'telegram'
-- channel_12 = 'telegram'
-- channel_2 = 'email'
-- channel_3 = 'sms'
-- channel_4 = 'sms'
-- channel_5 = 'telegram'
-- channel_6 = 'telegram'
-- channel_7 = 'email'
-- channel_8 = 'email'
-- channel_9 = 'sms'
-- charged_1 = 'cooldown'
-- charged_2 = 'opted_out'
-- coalesce_1 = 0
-- coalesce_10 = 'no_channel'
-- coalesce_2 = 0
-- coalesce_3 = 0.0
-- coalesce_4 = ''
-- coalesce_5 = 'no_channel'
-- coalesce_6 = 0
-- coalesce_7 = 0
-- coalesce_8 = 0.0
-- coalesce_9 = ''
-- count_1 = 3
-- created_at_1 = 1746167400
-- created_at_2 = 1746167400
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
-- kind_1 = 'inquiry'
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
-- param_1 = 'C'
-- param_10 = 19
-- param_100 = 8
-- param_101 = 9
-- param_102 = 10
-- param_103 = 11
-- param_104 = 12
-- param_105 = 13
-- param_106 = 14
-- param_107 = 15
-- param_108 = 16
-- param_109 = 17
-- param_11 = 'B'
-- param_110 = 18
-- param_111 = 19
-- param_112 = 20
-- param_113 = 21
-- param_114 = 22
-- param_115 = 23
-- param_116 = 24
-- param_117 = 25
-- param_118 = 26
-- param_119 = 27
-- param_12 = 'C'
-- param_120 = 28
-- param_121 = 29
-- param_122 = 30
-- param_123 = 31
-- param_124 = 32
-- param_125 = 33
-- param_126 = 34
-- param_127 = 35
-- param_128 = 36
-- param_129 = 37
-- param_13 = 1751317200
-- param_130 = 38
-- param_131 = 39
-- param_132 = 0
-- param_133 = 1
-- param_134 = 2
-- param_135 = 3
-- param_136 = 4
-- param_137 = 5
-- param_138 = 6
-- param_139 = 7
-- param_14 = 86400
-- param_140 = 8
-- param_141 = 9
-- param_142 = 10
-- param_143 = 11
-- param_144 = 12
-- param_145 = 13
-- param_146 = 14
-- param_147 = 15
-- param_148 = 16
-- param_149 = 17
-- param_15 = 1
-- param_150 = 18
-- param_151 = 19
-- param_152 = 20
-- param_153 = 21
-- param_154 = 22
-- param_155 = 23
-- param_156 = 24
-- param_157 = 25
-- param_158 = 26
-- param_159 = 27
-- param_16 = 0
-- param_160 = 28
-- param_161 = 29
-- param_162 = 30
-- param_163 = 31
-- param_164 = 32
-- param_165 = 33
-- param_166 = 34
-- param_167 = 35
-- param_168 = 36
-- param_169 = 37
-- param_17 = 1
-- param_170 = 38
-- param_171 = 39
-- param_172 = 0
-- param_173 = 1
-- param_174 = 2
-- param_175 = 3
-- param_176 = 4
-- param_177 = 5
-- param_178 = 6
-- param_179 = 7
-- param_18 = 0
-- param_180 = 8
-- param_181 = 9
-- param_182 = 10
-- param_183 = 11
-- param_184 = 12
-- param_185 = 13
-- param_186 = 14
-- param_187 = 15
-- param_188 = 16
-- param_189 = 17
-- param_19 = 1
-- param_190 = 18
-- param_191 = 19
-- param_192 = 20
-- param_193 = 21
-- param_194 = 22
-- param_195 = 23
-- param_196 = 24
-- param_197 = 25
-- param_198 = 26
-- param_199 = 27
-- param_2 = 'C'
-- param_20 = 0
-- param_200 = 28
-- param_201 = 29
-- param_202 = 30
-- param_203 = 31
-- param_204 = 32
-- param_205 = 33
-- param_206 = 34
-- param_207 = 35
-- param_208 = 36
-- param_209 = 37
-- param_21 = 'Z'
-- param_210 = 38
-- param_211 = 39
-- param_212 = 624
-- param_213 = 1
-- param_214 = 3
-- param_215 = 16
-- param_216 = 40
-- param_217 = 16
-- param_218 = 17
-- param_219 = 300
-- param_22 = 'Z'
-- param_220 = 0
-- param_23 = 'Z'
-- param_24 = 0.01
-- param_25 = 'X'
-- param_26 = 0.0625
-- param_27 = 'Y'
-- param_28 = 'Z'
-- param_29 = 1
-- param_3 = 1
-- param_30 = 0
-- param_31 = 1
-- param_32 = 0
-- param_33 = 1
-- param_34 = 0
-- param_35 = 0.0
-- param_36 = 1
-- param_37 = 1
-- param_38 = 0.0
-- param_39 = 0.0
-- param_4 = 0
-- param_40 = 1.0
-- param_41 = 1
-- param_42 = 1
-- param_43 = 0.0
-- param_44 = 0.0
-- param_45 = 'cooldown'
-- param_46 = 0
-- param_47 = 1
-- param_48 = 2
-- param_49 = 'opted_out'
-- param_5 = 0
-- param_50 = 1
-- param_51 = 0
-- param_52 = 1
-- param_53 = 1
-- param_54 = 0
-- param_55 = 0.0
-- param_56 = 0
-- param_57 = 1
-- param_58 = 1
-- param_59 = 0.0
-- param_6 = 5
-- param_60 = 0.0
-- param_61 = 1.0
-- param_62 = 0.0
-- param_63 = 'cooldown'
-- param_64 = 'opted_out'
-- param_65 = 0
-- param_66 = 1
-- param_67 = 0
-- param_68 = 4
-- param_69 = 0
-- param_7 = 4
-- param_70 = 5
-- param_71 = 4
-- param_72 = 5
-- param_73 = 4
-- param_74 = 20
-- param_75 = 19
-- param_76 = 20
-- param_77 = 19
-- param_78 = 1
-- param_79 = 5
-- param_8 = 'A'
-- param_80 = 4
-- param_81 = 5
-- param_82 = 4
-- param_83 = 20
-- param_84 = 19
-- param_85 = 20
-- param_86 = 19
-- param_87 = 0
-- param_88 = 300
-- param_89 = 1
-- param_9 = 20
-- param_90 = 299
-- param_91 = 1
-- param_92 = 0
-- param_93 = 1
-- param_94 = 2
-- param_95 = 3
-- param_96 = 4
-- param_97 = 5
-- param_98 = 6
-- param_99 = 7
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
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
-- revenue_minor_1 = 0
-- s_1 = 0
