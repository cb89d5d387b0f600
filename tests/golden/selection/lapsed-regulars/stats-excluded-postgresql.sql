-- namespace(criteria=('recency', 'overdue'), source='stats', excluded=True, client=None)
WITH stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1::INTEGER) THEN :param_3::INTEGER ELSE :param_4::INTEGER END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2::BIGINT) THEN agg.rev_w ELSE :param_5::INTEGER END) AS BIGINT) AS rev_total 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1::INTEGER) THEN :param_6::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_8::BIGINT - client_order_stats.last_order_at) / :param_9::BIGINT) * :param_10::BIGINT) THEN :param_11::INTEGER ELSE :param_12::INTEGER END AS overdue 
FROM client_order_stats) AS agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_90::INTEGER) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE PRECISION) / CAST(CAST(sum(hist.cnt) OVER () - :param_91::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_92 AS DOUBLE PRECISION) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1::INTEGER) THEN :param_6::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_8::BIGINT - client_order_stats.last_order_at) / :param_9::BIGINT) * :param_10::BIGINT) THEN :param_11::INTEGER ELSE :param_12::INTEGER END AS overdue 
FROM client_order_stats) AS agg 
WHERE agg.n_w > :n_w_4::INTEGER GROUP BY agg.n_w) AS hist), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.excluded_by AS charged 
FROM (SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1::INTEGER) AS n_w, coalesce(scored.rev_w, :coalesce_2::INTEGER) AS rev_w, scored.last_at AS last_at, coalesce(CAST(:param_57 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_2::INTEGER) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_58::INTEGER) THEN CAST(scored.below AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_59::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_60 AS DOUBLE PRECISION) END ELSE CAST(:param_61 AS DOUBLE PRECISION) END + CAST(:param_62 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_3::INTEGER) THEN pr_n.pr_n ELSE CAST(:param_63 AS DOUBLE PRECISION) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1]))) THEN :param_64::VARCHAR WHEN (coalesce(scored.n_w, :coalesce_1::INTEGER) < :coalesce_4::INTEGER) THEN :param_65::VARCHAR WHEN (coalesce(scored.rev_w, :coalesce_2::INTEGER) < :coalesce_5::BIGINT) THEN :param_66::VARCHAR WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1::VARCHAR AND assignments.created_at >= :created_at_1::BIGINT AND coalesce(assignments.outcome, :coalesce_6::VARCHAR) != :coalesce_7::VARCHAR)) THEN :param_67::VARCHAR WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_telegram.client_id AS client_id, :param_68::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram UNION ALL SELECT suppressed_email.client_id AS client_id, :param_69::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2::VARCHAR AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_sms.client_id AS client_id, :param_70::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_71::VARCHAR END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_72::BIGINT - scored.last_at) / :param_73::BIGINT >= :param_74::BIGINT AND (:param_72::BIGINT - scored.last_at) / :param_73::BIGINT <= :param_75::BIGINT, false) THEN :param_76::INTEGER ELSE :param_77::INTEGER END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) THEN :param_78::INTEGER ELSE :param_79::INTEGER END AS f_overdue 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, CASE WHEN (client_order_stats.orders_count < :orders_count_2::INTEGER) THEN :param_80::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_81 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_82::BIGINT - client_order_stats.last_order_at) / :param_83::BIGINT) * :param_84::BIGINT) THEN :param_85::INTEGER ELSE :param_86::INTEGER END AS overdue, rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_87::INTEGER AS below, count(*) OVER (ORDER BY client_order_stats.revenue_minor) - (rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_88::INTEGER) AS peers, CAST(sum(CASE WHEN (client_order_stats.revenue_minor > :revenue_minor_1::BIGINT) THEN client_order_stats.revenue_minor ELSE :param_89::INTEGER END) OVER (ORDER BY client_order_stats.revenue_minor) AS BIGINT) AS positive_upto 
FROM client_order_stats) AS scored LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_72::BIGINT - scored.last_at) / :param_73::BIGINT >= :param_74::BIGINT AND (:param_72::BIGINT - scored.last_at) / :param_73::BIGINT <= :param_75::BIGINT, false) OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false)) AS lost), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(CASE WHEN (staged.charged = :charged_1::VARCHAR) THEN :param_45::INTEGER ELSE :param_46::INTEGER END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_2::VARCHAR) THEN :param_47::INTEGER ELSE :param_48::INTEGER END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_3::VARCHAR) THEN :param_49::INTEGER ELSE :param_50::INTEGER END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_4::VARCHAR) THEN :param_51::INTEGER ELSE :param_52::INTEGER END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_5::VARCHAR) THEN :param_53::INTEGER ELSE :param_54::INTEGER END) AS x_opted_out, sum(CASE WHEN (staged.charged IS NULL) THEN :param_55::INTEGER ELSE :param_56::INTEGER END) AS t_remaining 
FROM staged), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NOT NULL), 
boundary AS 
(SELECT agg.client_id AS client_id, row_number() OVER (PARTITION BY agg.rev_w ORDER BY (SELECT clients.external_id COLLATE "C" AS anon_3 
FROM clients 
WHERE clients.id = agg.client_id)) - :param_93::INTEGER AS place 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1::INTEGER) THEN :param_6::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_8::BIGINT - client_order_stats.last_order_at) / :param_9::BIGINT) * :param_10::BIGINT) THEN :param_11::INTEGER ELSE :param_12::INTEGER END AS overdue 
FROM client_order_stats) AS agg 
WHERE agg.rev_w IN (SELECT staged.rev_w 
FROM staged 
WHERE staged.rev_w > :rev_w_4::BIGINT AND staged.peers > :peers_3::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_94::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_95::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4::BIGINT) * staged.rev_w) * :param_96::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_97::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_98::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_99::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4::BIGINT) * staged.rev_w) * :param_100::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_101::BIGINT))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1::INTEGER - min(monthly.m)) + :param_102::INTEGER AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE PRECISION) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_1::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_2::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_3::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN :param_103::INTEGER ELSE :param_104::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN :param_105::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN :param_106::INTEGER ELSE :param_107::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN :param_108::INTEGER ELSE :param_109::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_110::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_111::INTEGER ELSE :param_112::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN :param_113::INTEGER ELSE :param_114::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN :param_115::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_116::INTEGER ELSE :param_117::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN :param_118::INTEGER ELSE :param_119::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_120::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_121::INTEGER ELSE :param_122::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN :param_123::INTEGER ELSE :param_124::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN :param_125::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN :param_126::INTEGER ELSE :param_127::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN :param_128::INTEGER ELSE :param_129::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_130::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_131::INTEGER ELSE :param_132::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN :param_133::INTEGER ELSE :param_134::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN :param_135::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_136::INTEGER ELSE :param_137::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN :param_138::INTEGER ELSE :param_139::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_140::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_141::INTEGER ELSE :param_142::INTEGER END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.first_order_at < :first_order_at_1::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_2::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_3::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_4::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_5::BIGINT) THEN :param_143::INTEGER ELSE :param_144::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_6::BIGINT) THEN :param_145::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_7::BIGINT) THEN :param_146::INTEGER ELSE :param_147::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_8::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_9::BIGINT) THEN :param_148::INTEGER ELSE :param_149::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_10::BIGINT) THEN :param_150::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_11::BIGINT) THEN :param_151::INTEGER ELSE :param_152::INTEGER END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_12::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_13::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_14::BIGINT) THEN :param_153::INTEGER ELSE :param_154::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_15::BIGINT) THEN :param_155::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_16::BIGINT) THEN :param_156::INTEGER ELSE :param_157::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_17::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_18::BIGINT) THEN :param_158::INTEGER ELSE :param_159::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_19::BIGINT) THEN :param_160::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_20::BIGINT) THEN :param_161::INTEGER ELSE :param_162::INTEGER END END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_21::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_22::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_23::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_24::BIGINT) THEN :param_163::INTEGER ELSE :param_164::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_25::BIGINT) THEN :param_165::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_26::BIGINT) THEN :param_166::INTEGER ELSE :param_167::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_27::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_28::BIGINT) THEN :param_168::INTEGER ELSE :param_169::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_29::BIGINT) THEN :param_170::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_30::BIGINT) THEN :param_171::INTEGER ELSE :param_172::INTEGER END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_31::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_32::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_33::BIGINT) THEN :param_173::INTEGER ELSE :param_174::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_34::BIGINT) THEN :param_175::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_35::BIGINT) THEN :param_176::INTEGER ELSE :param_177::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_36::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_37::BIGINT) THEN :param_178::INTEGER ELSE :param_179::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_38::BIGINT) THEN :param_180::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_39::BIGINT) THEN :param_181::INTEGER ELSE :param_182::INTEGER END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.last_m AS last_m 
FROM (SELECT top.client_id AS client_id, top.n_w AS n_w, CASE WHEN (top.last_at < :last_at_1::BIGINT) THEN CASE WHEN (top.last_at < :last_at_2::BIGINT) THEN CASE WHEN (top.last_at < :last_at_3::BIGINT) THEN CASE WHEN (top.last_at < :last_at_4::BIGINT) THEN CASE WHEN (top.last_at < :last_at_5::BIGINT) THEN :param_183::INTEGER ELSE :param_184::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_6::BIGINT) THEN :param_185::INTEGER ELSE CASE WHEN (top.last_at < :last_at_7::BIGINT) THEN :param_186::INTEGER ELSE :param_187::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_8::BIGINT) THEN CASE WHEN (top.last_at < :last_at_9::BIGINT) THEN :param_188::INTEGER ELSE :param_189::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_10::BIGINT) THEN :param_190::INTEGER ELSE CASE WHEN (top.last_at < :last_at_11::BIGINT) THEN :param_191::INTEGER ELSE :param_192::INTEGER END END END END ELSE CASE WHEN (top.last_at < :last_at_12::BIGINT) THEN CASE WHEN (top.last_at < :last_at_13::BIGINT) THEN CASE WHEN (top.last_at < :last_at_14::BIGINT) THEN :param_193::INTEGER ELSE :param_194::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_15::BIGINT) THEN :param_195::INTEGER ELSE CASE WHEN (top.last_at < :last_at_16::BIGINT) THEN :param_196::INTEGER ELSE :param_197::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_17::BIGINT) THEN CASE WHEN (top.last_at < :last_at_18::BIGINT) THEN :param_198::INTEGER ELSE :param_199::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_19::BIGINT) THEN :param_200::INTEGER ELSE CASE WHEN (top.last_at < :last_at_20::BIGINT) THEN :param_201::INTEGER ELSE :param_202::INTEGER END END END END END ELSE CASE WHEN (top.last_at < :last_at_21::BIGINT) THEN CASE WHEN (top.last_at < :last_at_22::BIGINT) THEN CASE WHEN (top.last_at < :last_at_23::BIGINT) THEN CASE WHEN (top.last_at < :last_at_24::BIGINT) THEN :param_203::INTEGER ELSE :param_204::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_25::BIGINT) THEN :param_205::INTEGER ELSE CASE WHEN (top.last_at < :last_at_26::BIGINT) THEN :param_206::INTEGER ELSE :param_207::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_27::BIGINT) THEN CASE WHEN (top.last_at < :last_at_28::BIGINT) THEN :param_208::INTEGER ELSE :param_209::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_29::BIGINT) THEN :param_210::INTEGER ELSE CASE WHEN (top.last_at < :last_at_30::BIGINT) THEN :param_211::INTEGER ELSE :param_212::INTEGER END END END END ELSE CASE WHEN (top.last_at < :last_at_31::BIGINT) THEN CASE WHEN (top.last_at < :last_at_32::BIGINT) THEN CASE WHEN (top.last_at < :last_at_33::BIGINT) THEN :param_213::INTEGER ELSE :param_214::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_34::BIGINT) THEN :param_215::INTEGER ELSE CASE WHEN (top.last_at < :last_at_35::BIGINT) THEN :param_216::INTEGER ELSE :param_217::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_36::BIGINT) THEN CASE WHEN (top.last_at < :last_at_37::BIGINT) THEN :param_218::INTEGER ELSE :param_219::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_38::BIGINT) THEN :param_220::INTEGER ELSE CASE WHEN (top.last_at < :last_at_39::BIGINT) THEN :param_221::INTEGER ELSE :param_222::INTEGER END END END END END END AS last_m 
FROM top) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_5::INTEGER AND :param_223::INTEGER - :last_m_1::INTEGER * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe JOIN client_order_stats ON client_order_stats.client_id = xyz_maybe.client_id) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_1::BIGINT OR (xyz_months.last_m - xyz_months.first_m) + :param_224::INTEGER < :param_225::INTEGER OR :param_226::INTEGER * (:param_227::INTEGER - xyz_months.first_m) > :n_w_6::INTEGER * xyz_months.n_w OR :param_228::INTEGER * (:param_227::INTEGER - xyz_months.first_m) > :param_229::INTEGER * ((xyz_months.last_m - xyz_months.first_m) + :param_224::INTEGER))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_40::BIGINT AND orders.placed_at < :placed_at_41::BIGINT GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_1::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_2::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_3::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN :param_103::INTEGER ELSE :param_104::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN :param_105::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN :param_106::INTEGER ELSE :param_107::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN :param_108::INTEGER ELSE :param_109::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_110::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_111::INTEGER ELSE :param_112::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN :param_113::INTEGER ELSE :param_114::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN :param_115::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_116::INTEGER ELSE :param_117::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN :param_118::INTEGER ELSE :param_119::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_120::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_121::INTEGER ELSE :param_122::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN :param_123::INTEGER ELSE :param_124::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN :param_125::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN :param_126::INTEGER ELSE :param_127::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN :param_128::INTEGER ELSE :param_129::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_130::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_131::INTEGER ELSE :param_132::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN :param_133::INTEGER ELSE :param_134::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN :param_135::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_136::INTEGER ELSE :param_137::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN :param_138::INTEGER ELSE :param_139::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_140::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_141::INTEGER ELSE :param_142::INTEGER END END END END END END) AS monthly GROUP BY monthly.client_id)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_cooldown, totals.x_opted_out, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.charged, CASE WHEN (top.rev_w IS NULL) THEN :param_1::VARCHAR WHEN (top.rev_w <= :rev_w_1::BIGINT) THEN :param_2::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_13::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_14::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_15::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_16::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_17::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_18::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_19::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_20::BIGINT)) THEN boundary.place ELSE :param_21::INTEGER END * top.rev_w) * :param_22::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_23::BIGINT) THEN :param_24::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_13::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_14::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_15::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_16::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_17::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_18::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_19::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_20::BIGINT)) THEN boundary.place ELSE :param_21::INTEGER END * top.rev_w) * :param_25::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_26::BIGINT) THEN :param_27::VARCHAR ELSE :param_28::VARCHAR END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_29::BIGINT - top.last_at) / :param_30::BIGINT END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_31::INTEGER ELSE :param_32::INTEGER END AS s_telegram, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3::VARCHAR AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1::VARCHAR AS anon_1 
FROM suppressions 
WHERE suppressions.channel = :channel_4::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_33::INTEGER ELSE :param_34::INTEGER END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_35::INTEGER ELSE :param_36::INTEGER END AS s_sms, CASE WHEN (xyz.k IS NULL) THEN :param_37::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_38::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_39::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_40 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_41::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_42 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_43::VARCHAR ELSE :param_44::VARCHAR END AS xyz 
FROM totals LEFT OUTER JOIN top ON true LEFT OUTER JOIN boundary ON boundary.client_id = top.client_id LEFT OUTER JOIN xyz ON xyz.client_id = top.client_id ORDER BY top.score DESC, top.rev_w DESC, top.external_id COLLATE "C";
-- parameters
-- address_1 = ''
-- address_2 = ''
-- campaign_1 = 'lapsed-regulars'
-- channel_1 = 'telegram'
-- channel_10 = 'email'
-- channel_11 = 'sms'
-- channel_12 = 'sms'
-- channel_2 = 'telegram'
-- channel_3 = 'email'
-- channel_4 = 'email'
-- channel_5 = 'sms'
-- channel_6 = 'sms'
-- channel_7 = 'telegram'
-- channel_8 = 'telegram'
-- channel_9 = 'email'
-- charged_1 = 'tags'
-- charged_2 = 'min_orders'
-- charged_3 = 'min_revenue'
-- charged_4 = 'cooldown'
-- charged_5 = 'opted_out'
-- coalesce_1 = 0
-- coalesce_2 = 0
-- coalesce_3 = 0.0
-- coalesce_4 = 2
-- coalesce_5 = 300000
-- coalesce_6 = ''
-- coalesce_7 = 'no_channel'
-- count_1 = 3
-- created_at_1 = 1743575400
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
-- n_w_5 = 3
-- n_w_6 = 17
-- orders_count_1 = 3
-- orders_count_2 = 3
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 172800
-- param_100 = 20
-- param_101 = 19
-- param_102 = 1
-- param_103 = 0
-- param_104 = 1
-- param_105 = 2
-- param_106 = 3
-- param_107 = 4
-- param_108 = 5
-- param_109 = 6
-- param_11 = 1
-- param_110 = 7
-- param_111 = 8
-- param_112 = 9
-- param_113 = 10
-- param_114 = 11
-- param_115 = 12
-- param_116 = 13
-- param_117 = 14
-- param_118 = 15
-- param_119 = 16
-- param_12 = 0
-- param_120 = 17
-- param_121 = 18
-- param_122 = 19
-- param_123 = 20
-- param_124 = 21
-- param_125 = 22
-- param_126 = 23
-- param_127 = 24
-- param_128 = 25
-- param_129 = 26
-- param_13 = 5
-- param_130 = 27
-- param_131 = 28
-- param_132 = 29
-- param_133 = 30
-- param_134 = 31
-- param_135 = 32
-- param_136 = 33
-- param_137 = 34
-- param_138 = 35
-- param_139 = 36
-- param_14 = 4
-- param_140 = 37
-- param_141 = 38
-- param_142 = 39
-- param_143 = 0
-- param_144 = 1
-- param_145 = 2
-- param_146 = 3
-- param_147 = 4
-- param_148 = 5
-- param_149 = 6
-- param_15 = 5
-- param_150 = 7
-- param_151 = 8
-- param_152 = 9
-- param_153 = 10
-- param_154 = 11
-- param_155 = 12
-- param_156 = 13
-- param_157 = 14
-- param_158 = 15
-- param_159 = 16
-- param_16 = 4
-- param_160 = 17
-- param_161 = 18
-- param_162 = 19
-- param_163 = 20
-- param_164 = 21
-- param_165 = 22
-- param_166 = 23
-- param_167 = 24
-- param_168 = 25
-- param_169 = 26
-- param_17 = 20
-- param_170 = 27
-- param_171 = 28
-- param_172 = 29
-- param_173 = 30
-- param_174 = 31
-- param_175 = 32
-- param_176 = 33
-- param_177 = 34
-- param_178 = 35
-- param_179 = 36
-- param_18 = 19
-- param_180 = 37
-- param_181 = 38
-- param_182 = 39
-- param_183 = 0
-- param_184 = 1
-- param_185 = 2
-- param_186 = 3
-- param_187 = 4
-- param_188 = 5
-- param_189 = 6
-- param_19 = 20
-- param_190 = 7
-- param_191 = 8
-- param_192 = 9
-- param_193 = 10
-- param_194 = 11
-- param_195 = 12
-- param_196 = 13
-- param_197 = 14
-- param_198 = 15
-- param_199 = 16
-- param_2 = 'C'
-- param_20 = 19
-- param_200 = 17
-- param_201 = 18
-- param_202 = 19
-- param_203 = 20
-- param_204 = 21
-- param_205 = 22
-- param_206 = 23
-- param_207 = 24
-- param_208 = 25
-- param_209 = 26
-- param_21 = 0
-- param_210 = 27
-- param_211 = 28
-- param_212 = 29
-- param_213 = 30
-- param_214 = 31
-- param_215 = 32
-- param_216 = 33
-- param_217 = 34
-- param_218 = 35
-- param_219 = 36
-- param_22 = 5
-- param_220 = 37
-- param_221 = 38
-- param_222 = 39
-- param_223 = 624
-- param_224 = 1
-- param_225 = 3
-- param_226 = 16
-- param_227 = 40
-- param_228 = 16
-- param_229 = 17
-- param_23 = 4
-- param_24 = 'A'
-- param_25 = 20
-- param_26 = 19
-- param_27 = 'B'
-- param_28 = 'C'
-- param_29 = 1751317200
-- param_3 = 1
-- param_30 = 86400
-- param_31 = 1
-- param_32 = 0
-- param_33 = 1
-- param_34 = 0
-- param_35 = 1
-- param_36 = 0
-- param_37 = 'Z'
-- param_38 = 'Z'
-- param_39 = 'Z'
-- param_4 = 0
-- param_40 = 0.01
-- param_41 = 'X'
-- param_42 = 0.0625
-- param_43 = 'Y'
-- param_44 = 'Z'
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
-- param_57 = 0.6
-- param_58 = 1
-- param_59 = 1
-- param_6 = 0
-- param_60 = 0.0
-- param_61 = 0.0
-- param_62 = 0.4
-- param_63 = 0.0
-- param_64 = 'tags'
-- param_65 = 'min_orders'
-- param_66 = 'min_revenue'
-- param_67 = 'cooldown'
-- param_68 = 0
-- param_69 = 1
-- param_7 = 3.0
-- param_70 = 2
-- param_71 = 'opted_out'
-- param_72 = 1751317200
-- param_73 = 86400
-- param_74 = 90
-- param_75 = 730
-- param_76 = 1
-- param_77 = 0
-- param_78 = 1
-- param_79 = 0
-- param_8 = 1751317200
-- param_80 = 0
-- param_81 = 3.0
-- param_82 = 1751317200
-- param_83 = 86400
-- param_84 = 172800
-- param_85 = 1
-- param_86 = 0
-- param_87 = 1
-- param_88 = 1
-- param_89 = 0
-- param_9 = 86400
-- param_90 = 1
-- param_91 = 1
-- param_92 = 0.0
-- param_93 = 1
-- param_94 = 5
-- param_95 = 4
-- param_96 = 5
-- param_97 = 4
-- param_98 = 20
-- param_99 = 19
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
-- placed_at_1 = 1698786000
-- placed_at_10 = 1667250000
-- placed_at_11 = 1669842000
-- placed_at_12 = 1685566800
-- placed_at_13 = 1677618000
-- placed_at_14 = 1675198800
-- placed_at_15 = 1680296400
-- placed_at_16 = 1682888400
-- placed_at_17 = 1690837200
-- placed_at_18 = 1688158800
-- placed_at_19 = 1693515600
-- placed_at_2 = 1672520400
-- placed_at_20 = 1696107600
-- placed_at_21 = 1725138000
-- placed_at_22 = 1711918800
-- placed_at_23 = 1704056400
-- placed_at_24 = 1701378000
-- placed_at_25 = 1706734800
-- placed_at_26 = 1709240400
-- placed_at_27 = 1717189200
-- placed_at_28 = 1714510800
-- placed_at_29 = 1719781200
-- placed_at_3 = 1659301200
-- placed_at_30 = 1722459600
-- placed_at_31 = 1738357200
-- placed_at_32 = 1730408400
-- placed_at_33 = 1727730000
-- placed_at_34 = 1733000400
-- placed_at_35 = 1735678800
-- placed_at_36 = 1743454800
-- placed_at_37 = 1740776400
-- placed_at_38 = 1746046800
-- placed_at_39 = 1748725200
-- placed_at_4 = 1651352400
-- placed_at_40 = 1646082000
-- placed_at_41 = 1751317200
-- placed_at_5 = 1648760400
-- placed_at_6 = 1654030800
-- placed_at_7 = 1656622800
-- placed_at_8 = 1664571600
-- placed_at_9 = 1661979600
-- rev_w_1 = 0
-- rev_w_2 = 0
-- rev_w_3 = 0
-- rev_w_4 = 0
-- revenue_minor_1 = 0
-- s_1 = 0
-- tag_1 = ['key-account']
