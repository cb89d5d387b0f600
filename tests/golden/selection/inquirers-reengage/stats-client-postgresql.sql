-- namespace(criteria=('inquiries',), source='stats', excluded=False, client='C-00042')
WITH stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1::INTEGER) THEN :param_3::INTEGER ELSE :param_4::INTEGER END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2::BIGINT) THEN agg.rev_w ELSE :param_5::INTEGER END) AS BIGINT) AS rev_total 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w 
FROM client_order_stats) AS agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_61::INTEGER) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE PRECISION) / CAST(CAST(sum(hist.cnt) OVER () - :param_62::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_63 AS DOUBLE PRECISION) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w 
FROM client_order_stats) AS agg 
WHERE agg.n_w > :n_w_4::INTEGER GROUP BY agg.n_w) AS hist), 
inquiries AS 
(SELECT incidents.client_id AS client_id, count(*) AS n 
FROM incidents 
WHERE incidents.kind = :kind_1::VARCHAR AND incidents.occurred_at <= :occurred_at_1::BIGINT GROUP BY incidents.client_id), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1::INTEGER) THEN :param_64::INTEGER ELSE :param_65::INTEGER END AS bits 
FROM inquiries) AS criteria_rows GROUP BY criteria_rows.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.f_inquiries AS f_inquiries, lost.excluded_by AS charged 
FROM (SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1::INTEGER) AS n_w, coalesce(scored.rev_w, :coalesce_2::INTEGER) AS rev_w, scored.last_at AS last_at, coalesce(CAST(:param_44 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_2::INTEGER) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_45::INTEGER) THEN CAST(scored.below AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_46::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_47 AS DOUBLE PRECISION) END ELSE CAST(:param_48 AS DOUBLE PRECISION) END + CAST(:param_49 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_3::INTEGER) THEN pr_n.pr_n ELSE CAST(:param_50 AS DOUBLE PRECISION) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1::VARCHAR AND assignments.created_at >= :created_at_1::BIGINT AND coalesce(assignments.outcome, :coalesce_4::VARCHAR) != :coalesce_5::VARCHAR)) THEN :param_51::VARCHAR WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_email.client_id AS client_id, :param_52::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2::VARCHAR AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_sms.client_id AS client_id, :param_53::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_54::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_55::VARCHAR END AS excluded_by, CASE WHEN coalesce(false, false) THEN :param_56::INTEGER ELSE :param_57::INTEGER END AS f_inquiries 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_58::INTEGER AS below, count(*) OVER (ORDER BY client_order_stats.revenue_minor) - (rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_59::INTEGER) AS peers, CAST(sum(CASE WHEN (client_order_stats.revenue_minor > :revenue_minor_1::BIGINT) THEN client_order_stats.revenue_minor ELSE :param_60::INTEGER END) OVER (ORDER BY client_order_stats.revenue_minor) AS BIGINT) AS positive_upto 
FROM client_order_stats) AS scored LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w LEFT OUTER JOIN crit ON crit.client_id = scored.client_id 
WHERE coalesce(false, false) UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS BIGINT), :coalesce_6::INTEGER) AS n_w, coalesce(CAST(NULL AS BIGINT), :coalesce_7::INTEGER) AS rev_w, CAST(NULL AS BIGINT) AS last_at, coalesce(CAST(:param_66 AS DOUBLE PRECISION) * CASE WHEN (CAST(NULL AS BIGINT) > :param_67::BIGINT) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_68::INTEGER) THEN CAST(CAST(NULL AS BIGINT) AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_69::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_70 AS DOUBLE PRECISION) END ELSE CAST(:param_71 AS DOUBLE PRECISION) END + CAST(:param_72 AS DOUBLE PRECISION) * CAST(:param_73 AS DOUBLE PRECISION), :coalesce_8) AS score, CAST(NULL AS BIGINT) AS positive_upto, CAST(NULL AS BIGINT) AS peers, CASE WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2::VARCHAR AND assignments.created_at >= :created_at_2::BIGINT AND coalesce(assignments.outcome, :coalesce_9::VARCHAR) != :coalesce_10::VARCHAR)) THEN :param_74::VARCHAR WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_email.client_id AS client_id, :param_52::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2::VARCHAR AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_sms.client_id AS client_id, :param_53::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_54::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_75::VARCHAR END AS excluded_by, CASE WHEN coalesce((crit.bits & :bits_1::INTEGER) != :param_76::INTEGER, false) THEN :param_77::INTEGER ELSE :param_78::INTEGER END AS f_inquiries 
FROM crit 
WHERE coalesce((crit.bits & :bits_1::INTEGER) != :param_76::INTEGER, false) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_1::BIGINT))) AS lost), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_inquiries) AS t_inquiries, sum(CASE WHEN (staged.charged = :charged_1::VARCHAR) THEN :param_38::INTEGER ELSE :param_39::INTEGER END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_2::VARCHAR) THEN :param_40::INTEGER ELSE :param_41::INTEGER END) AS x_opted_out, sum(CASE WHEN (staged.charged IS NULL) THEN :param_42::INTEGER ELSE :param_43::INTEGER END) AS t_remaining 
FROM staged), 
target AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.f_inquiries AS f_inquiries, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.charged IS NULL) THEN :param_79::INTEGER ELSE :param_80::INTEGER END AS kind 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE (clients.external_id COLLATE "C") = :param_82::VARCHAR), 
top AS 
(SELECT target.client_id AS client_id, target.n_w AS n_w, target.rev_w AS rev_w, target.last_at AS last_at, target.score AS score, target.positive_upto AS positive_upto, target.peers AS peers, target.f_inquiries AS f_inquiries, target.charged AS charged, target.external_id AS external_id, target.name AS name, target.email AS email, target.phone AS phone, target.telegram_chat_id AS telegram_chat_id, target.timezone AS timezone, target.locale AS locale, target.manager AS manager, target.email_consent AS email_consent, target.sms_consent AS sms_consent, target.telegram_consent AS telegram_consent, target.kind AS kind, (SELECT count(*) AS count_2 
FROM staged 
WHERE CASE WHEN (staged.charged IS NULL) THEN :param_79::INTEGER ELSE :param_80::INTEGER END = target.kind AND (staged.score > target.score OR staged.score = target.score AND (staged.rev_w > target.rev_w OR staged.rev_w = target.rev_w AND (SELECT clients.external_id COLLATE "C" AS anon_3 
FROM clients 
WHERE clients.id = staged.client_id) < (target.external_id COLLATE "C")))) + :param_81::INTEGER AS rank 
FROM target), 
boundary AS 
(SELECT agg.client_id AS client_id, row_number() OVER (PARTITION BY agg.rev_w ORDER BY (SELECT clients.external_id COLLATE "C" AS anon_4 
FROM clients 
WHERE clients.id = agg.client_id)) - :param_83::INTEGER AS place 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w 
FROM client_order_stats) AS agg 
WHERE agg.rev_w IN (SELECT staged.rev_w 
FROM staged 
WHERE staged.rev_w > :rev_w_4::BIGINT AND staged.peers > :peers_3::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_84::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_85::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4::BIGINT) * staged.rev_w) * :param_86::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_87::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_88::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_89::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4::BIGINT) * staged.rev_w) * :param_90::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_91::BIGINT))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1::INTEGER - min(monthly.m)) + :param_92::INTEGER AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE PRECISION) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_2::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_3::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN :param_93::INTEGER ELSE :param_94::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN :param_95::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN :param_96::INTEGER ELSE :param_97::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_98::INTEGER ELSE :param_99::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_100::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_101::INTEGER ELSE :param_102::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN :param_103::INTEGER ELSE :param_104::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_105::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN :param_106::INTEGER ELSE :param_107::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_108::INTEGER ELSE :param_109::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_110::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_111::INTEGER ELSE :param_112::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN :param_113::INTEGER ELSE :param_114::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN :param_115::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN :param_116::INTEGER ELSE :param_117::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_118::INTEGER ELSE :param_119::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_120::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_121::INTEGER ELSE :param_122::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN :param_123::INTEGER ELSE :param_124::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_125::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN :param_126::INTEGER ELSE :param_127::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_128::INTEGER ELSE :param_129::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_130::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_131::INTEGER ELSE :param_132::INTEGER END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.first_order_at < :first_order_at_1::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_2::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_3::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_4::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_5::BIGINT) THEN :param_133::INTEGER ELSE :param_134::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_6::BIGINT) THEN :param_135::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_7::BIGINT) THEN :param_136::INTEGER ELSE :param_137::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_8::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_9::BIGINT) THEN :param_138::INTEGER ELSE :param_139::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_10::BIGINT) THEN :param_140::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_11::BIGINT) THEN :param_141::INTEGER ELSE :param_142::INTEGER END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_12::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_13::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_14::BIGINT) THEN :param_143::INTEGER ELSE :param_144::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_15::BIGINT) THEN :param_145::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_16::BIGINT) THEN :param_146::INTEGER ELSE :param_147::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_17::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_18::BIGINT) THEN :param_148::INTEGER ELSE :param_149::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_19::BIGINT) THEN :param_150::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_20::BIGINT) THEN :param_151::INTEGER ELSE :param_152::INTEGER END END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_21::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_22::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_23::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_24::BIGINT) THEN :param_153::INTEGER ELSE :param_154::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_25::BIGINT) THEN :param_155::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_26::BIGINT) THEN :param_156::INTEGER ELSE :param_157::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_27::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_28::BIGINT) THEN :param_158::INTEGER ELSE :param_159::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_29::BIGINT) THEN :param_160::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_30::BIGINT) THEN :param_161::INTEGER ELSE :param_162::INTEGER END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_31::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_32::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_33::BIGINT) THEN :param_163::INTEGER ELSE :param_164::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_34::BIGINT) THEN :param_165::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_35::BIGINT) THEN :param_166::INTEGER ELSE :param_167::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_36::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_37::BIGINT) THEN :param_168::INTEGER ELSE :param_169::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_38::BIGINT) THEN :param_170::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_39::BIGINT) THEN :param_171::INTEGER ELSE :param_172::INTEGER END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.last_m AS last_m 
FROM (SELECT top.client_id AS client_id, top.n_w AS n_w, CASE WHEN (top.last_at < :last_at_1::BIGINT) THEN CASE WHEN (top.last_at < :last_at_2::BIGINT) THEN CASE WHEN (top.last_at < :last_at_3::BIGINT) THEN CASE WHEN (top.last_at < :last_at_4::BIGINT) THEN CASE WHEN (top.last_at < :last_at_5::BIGINT) THEN :param_173::INTEGER ELSE :param_174::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_6::BIGINT) THEN :param_175::INTEGER ELSE CASE WHEN (top.last_at < :last_at_7::BIGINT) THEN :param_176::INTEGER ELSE :param_177::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_8::BIGINT) THEN CASE WHEN (top.last_at < :last_at_9::BIGINT) THEN :param_178::INTEGER ELSE :param_179::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_10::BIGINT) THEN :param_180::INTEGER ELSE CASE WHEN (top.last_at < :last_at_11::BIGINT) THEN :param_181::INTEGER ELSE :param_182::INTEGER END END END END ELSE CASE WHEN (top.last_at < :last_at_12::BIGINT) THEN CASE WHEN (top.last_at < :last_at_13::BIGINT) THEN CASE WHEN (top.last_at < :last_at_14::BIGINT) THEN :param_183::INTEGER ELSE :param_184::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_15::BIGINT) THEN :param_185::INTEGER ELSE CASE WHEN (top.last_at < :last_at_16::BIGINT) THEN :param_186::INTEGER ELSE :param_187::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_17::BIGINT) THEN CASE WHEN (top.last_at < :last_at_18::BIGINT) THEN :param_188::INTEGER ELSE :param_189::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_19::BIGINT) THEN :param_190::INTEGER ELSE CASE WHEN (top.last_at < :last_at_20::BIGINT) THEN :param_191::INTEGER ELSE :param_192::INTEGER END END END END END ELSE CASE WHEN (top.last_at < :last_at_21::BIGINT) THEN CASE WHEN (top.last_at < :last_at_22::BIGINT) THEN CASE WHEN (top.last_at < :last_at_23::BIGINT) THEN CASE WHEN (top.last_at < :last_at_24::BIGINT) THEN :param_193::INTEGER ELSE :param_194::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_25::BIGINT) THEN :param_195::INTEGER ELSE CASE WHEN (top.last_at < :last_at_26::BIGINT) THEN :param_196::INTEGER ELSE :param_197::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_27::BIGINT) THEN CASE WHEN (top.last_at < :last_at_28::BIGINT) THEN :param_198::INTEGER ELSE :param_199::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_29::BIGINT) THEN :param_200::INTEGER ELSE CASE WHEN (top.last_at < :last_at_30::BIGINT) THEN :param_201::INTEGER ELSE :param_202::INTEGER END END END END ELSE CASE WHEN (top.last_at < :last_at_31::BIGINT) THEN CASE WHEN (top.last_at < :last_at_32::BIGINT) THEN CASE WHEN (top.last_at < :last_at_33::BIGINT) THEN :param_203::INTEGER ELSE :param_204::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_34::BIGINT) THEN :param_205::INTEGER ELSE CASE WHEN (top.last_at < :last_at_35::BIGINT) THEN :param_206::INTEGER ELSE :param_207::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_36::BIGINT) THEN CASE WHEN (top.last_at < :last_at_37::BIGINT) THEN :param_208::INTEGER ELSE :param_209::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_38::BIGINT) THEN :param_210::INTEGER ELSE CASE WHEN (top.last_at < :last_at_39::BIGINT) THEN :param_211::INTEGER ELSE :param_212::INTEGER END END END END END END AS last_m 
FROM top) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_5::INTEGER AND :param_213::INTEGER - :last_m_1::INTEGER * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe JOIN client_order_stats ON client_order_stats.client_id = xyz_maybe.client_id) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_1::BIGINT OR (xyz_months.last_m - xyz_months.first_m) + :param_214::INTEGER < :param_215::INTEGER OR :param_216::INTEGER * (:param_217::INTEGER - xyz_months.first_m) > :n_w_6::INTEGER * xyz_months.n_w OR :param_218::INTEGER * (:param_217::INTEGER - xyz_months.first_m) > :param_219::INTEGER * ((xyz_months.last_m - xyz_months.first_m) + :param_214::INTEGER))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_41::BIGINT AND orders.placed_at < :placed_at_42::BIGINT GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_2::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_3::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN :param_93::INTEGER ELSE :param_94::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN :param_95::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN :param_96::INTEGER ELSE :param_97::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_98::INTEGER ELSE :param_99::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_100::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_101::INTEGER ELSE :param_102::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN :param_103::INTEGER ELSE :param_104::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_105::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN :param_106::INTEGER ELSE :param_107::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_108::INTEGER ELSE :param_109::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_110::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_111::INTEGER ELSE :param_112::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN :param_113::INTEGER ELSE :param_114::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN :param_115::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN :param_116::INTEGER ELSE :param_117::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_118::INTEGER ELSE :param_119::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_120::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_121::INTEGER ELSE :param_122::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN :param_123::INTEGER ELSE :param_124::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_125::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN :param_126::INTEGER ELSE :param_127::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_128::INTEGER ELSE :param_129::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_130::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_131::INTEGER ELSE :param_132::INTEGER END END END END END END) AS monthly GROUP BY monthly.client_id)
 SELECT totals.t_lost, totals.t_inquiries, totals.x_cooldown, totals.x_opted_out, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_inquiries, top.charged, top.rank, CASE WHEN (top.rev_w IS NULL) THEN :param_1::VARCHAR WHEN (top.rev_w <= :rev_w_1::BIGINT) THEN :param_2::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_6::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_7::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_8::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_9::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_10::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_11::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_12::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_13::BIGINT)) THEN boundary.place ELSE :param_14::INTEGER END * top.rev_w) * :param_15::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_16::BIGINT) THEN :param_17::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_6::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_7::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_8::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_9::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_10::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_11::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_12::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_13::BIGINT)) THEN boundary.place ELSE :param_14::INTEGER END * top.rev_w) * :param_18::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_19::BIGINT) THEN :param_20::VARCHAR ELSE :param_21::VARCHAR END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_22::BIGINT - top.last_at) / :param_23::BIGINT END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1::VARCHAR AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1::VARCHAR AS anon_1 
FROM suppressions 
WHERE suppressions.channel = :channel_2::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_24::INTEGER ELSE :param_25::INTEGER END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_4::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_26::INTEGER ELSE :param_27::INTEGER END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_28::INTEGER ELSE :param_29::INTEGER END AS s_telegram, CASE WHEN (xyz.k IS NULL) THEN :param_30::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_31::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_32::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_33 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_34::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_35 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_36::VARCHAR ELSE :param_37::VARCHAR END AS xyz 
FROM totals LEFT OUTER JOIN top ON true LEFT OUTER JOIN boundary ON boundary.client_id = top.client_id LEFT OUTER JOIN xyz ON xyz.client_id = top.client_id ORDER BY top.rank;
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
-- n_w_2 = 0
-- n_w_3 = 0
-- n_w_4 = 0
-- n_w_5 = 3
-- n_w_6 = 17
-- occurred_at_1 = 1751317200
-- param_1 = 'C'
-- param_10 = 20
-- param_100 = 7
-- param_101 = 8
-- param_102 = 9
-- param_103 = 10
-- param_104 = 11
-- param_105 = 12
-- param_106 = 13
-- param_107 = 14
-- param_108 = 15
-- param_109 = 16
-- param_11 = 19
-- param_110 = 17
-- param_111 = 18
-- param_112 = 19
-- param_113 = 20
-- param_114 = 21
-- param_115 = 22
-- param_116 = 23
-- param_117 = 24
-- param_118 = 25
-- param_119 = 26
-- param_12 = 20
-- param_120 = 27
-- param_121 = 28
-- param_122 = 29
-- param_123 = 30
-- param_124 = 31
-- param_125 = 32
-- param_126 = 33
-- param_127 = 34
-- param_128 = 35
-- param_129 = 36
-- param_13 = 19
-- param_130 = 37
-- param_131 = 38
-- param_132 = 39
-- param_133 = 0
-- param_134 = 1
-- param_135 = 2
-- param_136 = 3
-- param_137 = 4
-- param_138 = 5
-- param_139 = 6
-- param_14 = 0
-- param_140 = 7
-- param_141 = 8
-- param_142 = 9
-- param_143 = 10
-- param_144 = 11
-- param_145 = 12
-- param_146 = 13
-- param_147 = 14
-- param_148 = 15
-- param_149 = 16
-- param_15 = 5
-- param_150 = 17
-- param_151 = 18
-- param_152 = 19
-- param_153 = 20
-- param_154 = 21
-- param_155 = 22
-- param_156 = 23
-- param_157 = 24
-- param_158 = 25
-- param_159 = 26
-- param_16 = 4
-- param_160 = 27
-- param_161 = 28
-- param_162 = 29
-- param_163 = 30
-- param_164 = 31
-- param_165 = 32
-- param_166 = 33
-- param_167 = 34
-- param_168 = 35
-- param_169 = 36
-- param_17 = 'A'
-- param_170 = 37
-- param_171 = 38
-- param_172 = 39
-- param_173 = 0
-- param_174 = 1
-- param_175 = 2
-- param_176 = 3
-- param_177 = 4
-- param_178 = 5
-- param_179 = 6
-- param_18 = 20
-- param_180 = 7
-- param_181 = 8
-- param_182 = 9
-- param_183 = 10
-- param_184 = 11
-- param_185 = 12
-- param_186 = 13
-- param_187 = 14
-- param_188 = 15
-- param_189 = 16
-- param_19 = 19
-- param_190 = 17
-- param_191 = 18
-- param_192 = 19
-- param_193 = 20
-- param_194 = 21
-- param_195 = 22
-- param_196 = 23
-- param_197 = 24
-- param_198 = 25
-- param_199 = 26
-- param_2 = 'C'
-- param_20 = 'B'
-- param_200 = 27
-- param_201 = 28
-- param_202 = 29
-- param_203 = 30
-- param_204 = 31
-- param_205 = 32
-- param_206 = 33
-- param_207 = 34
-- param_208 = 35
-- param_209 = 36
-- param_21 = 'C'
-- param_210 = 37
-- param_211 = 38
-- param_212 = 39
-- param_213 = 624
-- param_214 = 1
-- param_215 = 3
-- param_216 = 16
-- param_217 = 40
-- param_218 = 16
-- param_219 = 17
-- param_22 = 1751317200
-- param_23 = 86400
-- param_24 = 1
-- param_25 = 0
-- param_26 = 1
-- param_27 = 0
-- param_28 = 1
-- param_29 = 0
-- param_3 = 1
-- param_30 = 'Z'
-- param_31 = 'Z'
-- param_32 = 'Z'
-- param_33 = 0.01
-- param_34 = 'X'
-- param_35 = 0.0625
-- param_36 = 'Y'
-- param_37 = 'Z'
-- param_38 = 1
-- param_39 = 0
-- param_4 = 0
-- param_40 = 1
-- param_41 = 0
-- param_42 = 1
-- param_43 = 0
-- param_44 = 0.0
-- param_45 = 1
-- param_46 = 1
-- param_47 = 0.0
-- param_48 = 0.0
-- param_49 = 1.0
-- param_5 = 0
-- param_50 = 0.0
-- param_51 = 'cooldown'
-- param_52 = 0
-- param_53 = 1
-- param_54 = 2
-- param_55 = 'opted_out'
-- param_56 = 1
-- param_57 = 0
-- param_58 = 1
-- param_59 = 1
-- param_6 = 5
-- param_60 = 0
-- param_61 = 1
-- param_62 = 1
-- param_63 = 0.0
-- param_64 = 4
-- param_65 = 0
-- param_66 = 0.0
-- param_67 = 0
-- param_68 = 1
-- param_69 = 1
-- param_7 = 4
-- param_70 = 0.0
-- param_71 = 0.0
-- param_72 = 1.0
-- param_73 = 0.0
-- param_74 = 'cooldown'
-- param_75 = 'opted_out'
-- param_76 = 0
-- param_77 = 1
-- param_78 = 0
-- param_79 = 0
-- param_8 = 5
-- param_80 = 1
-- param_81 = 1
-- param_82 = 'C-00042'
-- param_83 = 1
-- param_84 = 5
-- param_85 = 4
-- param_86 = 5
-- param_87 = 4
-- param_88 = 20
-- param_89 = 19
-- param_9 = 4
-- param_90 = 20
-- param_91 = 19
-- param_92 = 1
-- param_93 = 0
-- param_94 = 1
-- param_95 = 2
-- param_96 = 3
-- param_97 = 4
-- param_98 = 5
-- param_99 = 6
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
