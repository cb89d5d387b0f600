-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='stats', excluded=False, client=None)
WITH stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1::INTEGER) THEN :param_3::INTEGER ELSE :param_4::INTEGER END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2::BIGINT) THEN agg.rev_w ELSE :param_5::INTEGER END) AS BIGINT) AS rev_total 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1::INTEGER) THEN :param_6::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_8::BIGINT - client_order_stats.last_order_at) / :param_9::BIGINT) * :param_10::BIGINT) THEN :param_11::INTEGER ELSE :param_12::INTEGER END AS overdue 
FROM client_order_stats) AS agg), 
scored_again AS 
(SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, CASE WHEN (client_order_stats.orders_count < :orders_count_2::INTEGER) THEN :param_86::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_87 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_88::BIGINT - client_order_stats.last_order_at) / :param_89::BIGINT) * :param_90::BIGINT) THEN :param_91::INTEGER ELSE :param_92::INTEGER END AS overdue, rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_93::INTEGER AS below, count(*) OVER (ORDER BY client_order_stats.revenue_minor) - (rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_94::INTEGER) AS peers, CAST(sum(CASE WHEN (client_order_stats.revenue_minor > :revenue_minor_1::BIGINT) THEN client_order_stats.revenue_minor ELSE :param_95::INTEGER END) OVER (ORDER BY client_order_stats.revenue_minor) AS BIGINT) AS positive_upto 
FROM client_order_stats), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id COLLATE "C" AS anon_1 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_85::INTEGER AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_5::BIGINT AND scored_again.peers > :peers_3::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_96::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_97::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4::INTEGER) * scored_again.rev_w) * :param_98::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_99::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_100::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_101::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4::INTEGER) * scored_again.rev_w) * :param_102::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_103::BIGINT)), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_131::INTEGER) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE PRECISION) / CAST(CAST(sum(hist.cnt) OVER () - :param_132::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_133 AS DOUBLE PRECISION) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1::INTEGER) THEN :param_6::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_8::BIGINT - client_order_stats.last_order_at) / :param_9::BIGINT) * :param_10::BIGINT) THEN :param_11::INTEGER ELSE :param_12::INTEGER END AS overdue 
FROM client_order_stats) AS agg 
WHERE agg.n_w > :n_w_4::INTEGER GROUP BY agg.n_w) AS hist), 
nps AS 
(SELECT nps_ranked.client_id AS client_id, nps_ranked.score AS score, nps_ranked.answered_at AS answered_at 
FROM (SELECT nps_answers.client_id AS client_id, nps_answers.score AS score, nps_answers.answered_at AS answered_at, row_number() OVER (PARTITION BY nps_answers.client_id ORDER BY nps_answers.answered_at DESC) AS rn 
FROM nps_answers 
WHERE nps_answers.answered_at <= :answered_at_2::BIGINT) AS nps_ranked 
WHERE nps_ranked.rn = :rn_1::INTEGER), 
conflict AS 
(SELECT incidents.client_id AS client_id 
FROM incidents 
WHERE incidents.kind IN (__[POSTCOMPILE_kind_1]) AND incidents.occurred_at <= :occurred_at_1::BIGINT AND incidents.occurred_at >= :occurred_at_2::BIGINT GROUP BY incidents.client_id), 
inquiries AS 
(SELECT incidents.client_id AS client_id, count(*) AS n 
FROM incidents 
WHERE incidents.kind = :kind_2::VARCHAR AND incidents.occurred_at <= :occurred_at_3::BIGINT GROUP BY incidents.client_id), 
unreachable AS 
(SELECT attempts.client_id AS client_id 
FROM (SELECT incidents.client_id AS client_id, incidents.outcome AS outcome, row_number() OVER (PARTITION BY incidents.client_id ORDER BY incidents.occurred_at DESC) AS rn 
FROM incidents 
WHERE incidents.kind = :kind_3::VARCHAR AND incidents.occurred_at <= :occurred_at_4::BIGINT) AS attempts 
WHERE attempts.rn <= :rn_2::INTEGER GROUP BY attempts.client_id 
HAVING count(*) = :count_2::INTEGER AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_8::VARCHAR) = :coalesce_9::VARCHAR) THEN :param_140::INTEGER ELSE :param_141::INTEGER END) = :sum_1::INTEGER), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1::SMALLINT AND nps.answered_at >= :answered_at_1::BIGINT) THEN :param_134::INTEGER ELSE :param_135::INTEGER END AS bits 
FROM nps UNION ALL SELECT conflict.client_id AS client_id, :param_136::INTEGER AS bits 
FROM conflict UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1::INTEGER) THEN :param_137::INTEGER ELSE :param_138::INTEGER END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_139::INTEGER AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1::INTEGER) AS n_w, coalesce(scored.rev_w, :coalesce_2::INTEGER) AS rev_w, scored.last_at AS last_at, coalesce(CAST(:param_56 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_2::INTEGER) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_57::INTEGER) THEN CAST(scored.below AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_58::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_59 AS DOUBLE PRECISION) END ELSE CAST(:param_60 AS DOUBLE PRECISION) END + CAST(:param_61 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_3::INTEGER) THEN pr_n.pr_n ELSE CAST(:param_62 AS DOUBLE PRECISION) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND (:param_63::BIGINT - scored.last_at) / :param_64::BIGINT >= :param_65::BIGINT AND (:param_63::BIGINT - scored.last_at) / :param_64::BIGINT <= :param_66::BIGINT, false) AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) AND coalesce((crit.bits & :bits_1::INTEGER) != :param_67::INTEGER, false) AND coalesce((crit.bits & :bits_2::INTEGER) != :param_68::INTEGER, false) AND coalesce(false, false) AND coalesce((crit.bits & :bits_3::INTEGER) != :param_69::INTEGER, false))) THEN :param_70::VARCHAR WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_71::VARCHAR WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_72::VARCHAR WHEN (coalesce(scored.n_w, :coalesce_1::INTEGER) < :coalesce_4::INTEGER) THEN :param_73::VARCHAR WHEN (coalesce(scored.rev_w, :coalesce_2::INTEGER) < :coalesce_5::BIGINT) THEN :param_74::VARCHAR WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_75::VARCHAR WHEN (scored.rev_w <= :rev_w_3::BIGINT) THEN :param_76::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4::BIGINT AND scored.peers > :peers_1::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_77::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_78::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2::INTEGER) * scored.rev_w) * :param_79::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_80::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_81::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_82::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2::INTEGER) * scored.rev_w) * :param_83::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_84::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_104::INTEGER END * scored.rev_w) * :param_105::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_106::BIGINT) THEN :param_107::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4::BIGINT AND scored.peers > :peers_1::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_77::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_78::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2::INTEGER) * scored.rev_w) * :param_79::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_80::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_81::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_82::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2::INTEGER) * scored.rev_w) * :param_83::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_84::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_104::INTEGER END * scored.rev_w) * :param_108::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_109::BIGINT) THEN :param_110::VARCHAR ELSE :param_111::VARCHAR END NOT IN (__[POSTCOMPILE_param_112]))) THEN :param_113::VARCHAR WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1::VARCHAR AND assignments.created_at >= :created_at_1::BIGINT AND coalesce(assignments.outcome, :coalesce_6::VARCHAR) != :coalesce_7::VARCHAR)) THEN :param_114::VARCHAR WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_115::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_116::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_117::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_118::VARCHAR END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_63::BIGINT - scored.last_at) / :param_64::BIGINT >= :param_65::BIGINT AND (:param_63::BIGINT - scored.last_at) / :param_64::BIGINT <= :param_66::BIGINT, false) THEN :param_119::INTEGER ELSE :param_120::INTEGER END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) THEN :param_121::INTEGER ELSE :param_122::INTEGER END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1::INTEGER) != :param_67::INTEGER, false) THEN :param_123::INTEGER ELSE :param_124::INTEGER END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2::INTEGER) != :param_68::INTEGER, false) THEN :param_125::INTEGER ELSE :param_126::INTEGER END AS f_conflict, CASE WHEN coalesce(false, false) THEN :param_127::INTEGER ELSE :param_128::INTEGER END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_3::INTEGER) != :param_69::INTEGER, false) THEN :param_129::INTEGER ELSE :param_130::INTEGER END AS f_unreachable 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, CASE WHEN (client_order_stats.orders_count < :orders_count_2::INTEGER) THEN :param_86::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_87 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_88::BIGINT - client_order_stats.last_order_at) / :param_89::BIGINT) * :param_90::BIGINT) THEN :param_91::INTEGER ELSE :param_92::INTEGER END AS overdue, rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_93::INTEGER AS below, count(*) OVER (ORDER BY client_order_stats.revenue_minor) - (rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_94::INTEGER) AS peers, CAST(sum(CASE WHEN (client_order_stats.revenue_minor > :revenue_minor_1::BIGINT) THEN client_order_stats.revenue_minor ELSE :param_95::INTEGER END) OVER (ORDER BY client_order_stats.revenue_minor) AS BIGINT) AS positive_upto 
FROM client_order_stats) AS scored LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w LEFT OUTER JOIN crit ON crit.client_id = scored.client_id 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_63::BIGINT - scored.last_at) / :param_64::BIGINT >= :param_65::BIGINT AND (:param_63::BIGINT - scored.last_at) / :param_64::BIGINT <= :param_66::BIGINT, false) OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) OR coalesce((crit.bits & :bits_1::INTEGER) != :param_67::INTEGER, false) OR coalesce((crit.bits & :bits_2::INTEGER) != :param_68::INTEGER, false) OR coalesce(false, false) OR coalesce((crit.bits & :bits_3::INTEGER) != :param_69::INTEGER, false) UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS BIGINT), :coalesce_10::INTEGER) AS n_w, coalesce(CAST(NULL AS BIGINT), :coalesce_11::INTEGER) AS rev_w, CAST(NULL AS BIGINT) AS last_at, coalesce(CAST(:param_142 AS DOUBLE PRECISION) * CASE WHEN (CAST(NULL AS BIGINT) > :param_143::BIGINT) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_144::INTEGER) THEN CAST(CAST(NULL AS BIGINT) AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_145::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_146 AS DOUBLE PRECISION) END ELSE CAST(:param_147 AS DOUBLE PRECISION) END + CAST(:param_148 AS DOUBLE PRECISION) * CAST(:param_149 AS DOUBLE PRECISION), :coalesce_12) AS score, CAST(NULL AS BIGINT) AS positive_upto, CAST(NULL AS BIGINT) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_150::BIGINT - CAST(NULL AS BIGINT)) / :param_151::BIGINT >= :param_152::BIGINT AND (:param_150::BIGINT - CAST(NULL AS BIGINT)) / :param_151::BIGINT <= :param_153::BIGINT, false) AND coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_154::BIGINT, false) AND coalesce((crit.bits & :bits_4::INTEGER) != :param_155::INTEGER, false) AND coalesce((crit.bits & :bits_5::INTEGER) != :param_156::INTEGER, false) AND coalesce((crit.bits & :bits_6::INTEGER) != :param_157::INTEGER, false) AND coalesce((crit.bits & :bits_7::INTEGER) != :param_158::INTEGER, false))) THEN :param_159::VARCHAR WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_160::VARCHAR WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_161::VARCHAR WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_10::INTEGER) < :coalesce_13::BIGINT) THEN :param_162::VARCHAR WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_11::INTEGER) < :coalesce_14::BIGINT) THEN :param_163::VARCHAR WHEN ((CASE WHEN (CAST(NULL AS BIGINT) IS NULL) THEN :param_164::VARCHAR WHEN (CAST(NULL AS BIGINT) <= :param_165::BIGINT) THEN :param_166::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_167::BIGINT AND CAST(NULL AS BIGINT) > :param_168::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_169::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_170::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_171::BIGINT) * CAST(NULL AS BIGINT)) * :param_172::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_173::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_174::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_175::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_171::BIGINT) * CAST(NULL AS BIGINT)) * :param_176::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_177::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_178::INTEGER END * CAST(NULL AS BIGINT)) * :param_179::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_180::BIGINT) THEN :param_181::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_167::BIGINT AND CAST(NULL AS BIGINT) > :param_168::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_169::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_170::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_171::BIGINT) * CAST(NULL AS BIGINT)) * :param_172::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_173::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_174::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_175::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_171::BIGINT) * CAST(NULL AS BIGINT)) * :param_176::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_177::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_178::INTEGER END * CAST(NULL AS BIGINT)) * :param_182::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_183::BIGINT) THEN :param_184::VARCHAR ELSE :param_185::VARCHAR END NOT IN (__[POSTCOMPILE_param_186]))) THEN :param_187::VARCHAR WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2::VARCHAR AND assignments.created_at >= :created_at_2::BIGINT AND coalesce(assignments.outcome, :coalesce_15::VARCHAR) != :coalesce_16::VARCHAR)) THEN :param_188::VARCHAR WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_115::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_116::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_117::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_189::VARCHAR END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_150::BIGINT - CAST(NULL AS BIGINT)) / :param_151::BIGINT >= :param_152::BIGINT AND (:param_150::BIGINT - CAST(NULL AS BIGINT)) / :param_151::BIGINT <= :param_153::BIGINT, false) THEN :param_190::INTEGER ELSE :param_191::INTEGER END AS f_recency, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_154::BIGINT, false) THEN :param_192::INTEGER ELSE :param_193::INTEGER END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_4::INTEGER) != :param_155::INTEGER, false) THEN :param_194::INTEGER ELSE :param_195::INTEGER END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_5::INTEGER) != :param_156::INTEGER, false) THEN :param_196::INTEGER ELSE :param_197::INTEGER END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_6::INTEGER) != :param_157::INTEGER, false) THEN :param_198::INTEGER ELSE :param_199::INTEGER END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_7::INTEGER) != :param_158::INTEGER, false) THEN :param_200::INTEGER ELSE :param_201::INTEGER END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_150::BIGINT - CAST(NULL AS BIGINT)) / :param_151::BIGINT >= :param_152::BIGINT AND (:param_150::BIGINT - CAST(NULL AS BIGINT)) / :param_151::BIGINT <= :param_153::BIGINT, false) OR coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_154::BIGINT, false) OR coalesce((crit.bits & :bits_4::INTEGER) != :param_155::INTEGER, false) OR coalesce((crit.bits & :bits_5::INTEGER) != :param_156::INTEGER, false) OR coalesce((crit.bits & :bits_6::INTEGER) != :param_157::INTEGER, false) OR coalesce((crit.bits & :bits_7::INTEGER) != :param_158::INTEGER, false)) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_1::BIGINT))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1::INTEGER - min(monthly.m)) + :param_202::INTEGER AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE PRECISION) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_2::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_3::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN :param_203::INTEGER ELSE :param_204::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN :param_205::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN :param_206::INTEGER ELSE :param_207::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_208::INTEGER ELSE :param_209::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_210::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_211::INTEGER ELSE :param_212::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN :param_213::INTEGER ELSE :param_214::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_215::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN :param_216::INTEGER ELSE :param_217::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_218::INTEGER ELSE :param_219::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_220::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_221::INTEGER ELSE :param_222::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN :param_223::INTEGER ELSE :param_224::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN :param_225::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN :param_226::INTEGER ELSE :param_227::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_228::INTEGER ELSE :param_229::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_230::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_231::INTEGER ELSE :param_232::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN :param_233::INTEGER ELSE :param_234::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_235::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN :param_236::INTEGER ELSE :param_237::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_238::INTEGER ELSE :param_239::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_240::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_241::INTEGER ELSE :param_242::INTEGER END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.first_order_at < :first_order_at_1::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_2::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_3::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_4::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_5::BIGINT) THEN :param_243::INTEGER ELSE :param_244::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_6::BIGINT) THEN :param_245::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_7::BIGINT) THEN :param_246::INTEGER ELSE :param_247::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_8::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_9::BIGINT) THEN :param_248::INTEGER ELSE :param_249::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_10::BIGINT) THEN :param_250::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_11::BIGINT) THEN :param_251::INTEGER ELSE :param_252::INTEGER END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_12::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_13::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_14::BIGINT) THEN :param_253::INTEGER ELSE :param_254::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_15::BIGINT) THEN :param_255::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_16::BIGINT) THEN :param_256::INTEGER ELSE :param_257::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_17::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_18::BIGINT) THEN :param_258::INTEGER ELSE :param_259::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_19::BIGINT) THEN :param_260::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_20::BIGINT) THEN :param_261::INTEGER ELSE :param_262::INTEGER END END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_21::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_22::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_23::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_24::BIGINT) THEN :param_263::INTEGER ELSE :param_264::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_25::BIGINT) THEN :param_265::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_26::BIGINT) THEN :param_266::INTEGER ELSE :param_267::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_27::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_28::BIGINT) THEN :param_268::INTEGER ELSE :param_269::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_29::BIGINT) THEN :param_270::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_30::BIGINT) THEN :param_271::INTEGER ELSE :param_272::INTEGER END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_31::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_32::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_33::BIGINT) THEN :param_273::INTEGER ELSE :param_274::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_34::BIGINT) THEN :param_275::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_35::BIGINT) THEN :param_276::INTEGER ELSE :param_277::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_36::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_37::BIGINT) THEN :param_278::INTEGER ELSE :param_279::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_38::BIGINT) THEN :param_280::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_39::BIGINT) THEN :param_281::INTEGER ELSE :param_282::INTEGER END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.last_m AS last_m 
FROM (SELECT pending.client_id AS client_id, pending.n_w AS n_w, CASE WHEN (pending.last_at < :last_at_1::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_2::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_3::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_4::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_5::BIGINT) THEN :param_283::INTEGER ELSE :param_284::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_6::BIGINT) THEN :param_285::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_7::BIGINT) THEN :param_286::INTEGER ELSE :param_287::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_8::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_9::BIGINT) THEN :param_288::INTEGER ELSE :param_289::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_10::BIGINT) THEN :param_290::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_11::BIGINT) THEN :param_291::INTEGER ELSE :param_292::INTEGER END END END END ELSE CASE WHEN (pending.last_at < :last_at_12::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_13::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_14::BIGINT) THEN :param_293::INTEGER ELSE :param_294::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_15::BIGINT) THEN :param_295::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_16::BIGINT) THEN :param_296::INTEGER ELSE :param_297::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_17::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_18::BIGINT) THEN :param_298::INTEGER ELSE :param_299::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_19::BIGINT) THEN :param_300::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_20::BIGINT) THEN :param_301::INTEGER ELSE :param_302::INTEGER END END END END END ELSE CASE WHEN (pending.last_at < :last_at_21::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_22::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_23::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_24::BIGINT) THEN :param_303::INTEGER ELSE :param_304::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_25::BIGINT) THEN :param_305::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_26::BIGINT) THEN :param_306::INTEGER ELSE :param_307::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_27::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_28::BIGINT) THEN :param_308::INTEGER ELSE :param_309::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_29::BIGINT) THEN :param_310::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_30::BIGINT) THEN :param_311::INTEGER ELSE :param_312::INTEGER END END END END ELSE CASE WHEN (pending.last_at < :last_at_31::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_32::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_33::BIGINT) THEN :param_313::INTEGER ELSE :param_314::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_34::BIGINT) THEN :param_315::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_35::BIGINT) THEN :param_316::INTEGER ELSE :param_317::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_36::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_37::BIGINT) THEN :param_318::INTEGER ELSE :param_319::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_38::BIGINT) THEN :param_320::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_39::BIGINT) THEN :param_321::INTEGER ELSE :param_322::INTEGER END END END END END END AS last_m 
FROM (SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable 
FROM lost 
WHERE lost.excluded_by IS NULL) AS pending) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_5::INTEGER AND :param_323::INTEGER - :last_m_1::INTEGER * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe JOIN client_order_stats ON client_order_stats.client_id = xyz_maybe.client_id) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_1::BIGINT OR (xyz_months.last_m - xyz_months.first_m) + :param_324::INTEGER < :param_325::INTEGER OR :param_326::INTEGER * (:param_327::INTEGER - xyz_months.first_m) > :n_w_6::INTEGER * xyz_months.n_w OR :param_328::INTEGER * (:param_327::INTEGER - xyz_months.first_m) > :param_329::INTEGER * ((xyz_months.last_m - xyz_months.first_m) + :param_324::INTEGER))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_41::BIGINT AND orders.placed_at < :placed_at_42::BIGINT GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_2::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_3::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN :param_203::INTEGER ELSE :param_204::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN :param_205::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN :param_206::INTEGER ELSE :param_207::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_208::INTEGER ELSE :param_209::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_210::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_211::INTEGER ELSE :param_212::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN :param_213::INTEGER ELSE :param_214::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_215::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN :param_216::INTEGER ELSE :param_217::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_218::INTEGER ELSE :param_219::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_220::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_221::INTEGER ELSE :param_222::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN :param_223::INTEGER ELSE :param_224::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN :param_225::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN :param_226::INTEGER ELSE :param_227::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_228::INTEGER ELSE :param_229::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_230::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_231::INTEGER ELSE :param_232::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN :param_233::INTEGER ELSE :param_234::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_235::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN :param_236::INTEGER ELSE :param_237::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_238::INTEGER ELSE :param_239::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_240::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_241::INTEGER ELSE :param_242::INTEGER END END END END END END) AS monthly GROUP BY monthly.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, CASE WHEN (xyz.k IS NULL) THEN :param_46::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_47::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_48::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_49 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_50::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_51 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_52::VARCHAR ELSE :param_53::VARCHAR END AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((CASE WHEN (xyz.k IS NULL) THEN :param_46::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_47::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_48::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_49 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_50::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_51 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_52::VARCHAR ELSE :param_53::VARCHAR END NOT IN (__[POSTCOMPILE_param_54]))) THEN :param_55::VARCHAR END AS charged 
FROM lost LEFT OUTER JOIN xyz ON xyz.client_id = lost.client_id), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1::VARCHAR) THEN :param_28::INTEGER ELSE :param_29::INTEGER END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2::VARCHAR) THEN :param_30::INTEGER ELSE :param_31::INTEGER END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3::VARCHAR) THEN :param_32::INTEGER ELSE :param_33::INTEGER END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4::VARCHAR) THEN :param_34::INTEGER ELSE :param_35::INTEGER END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5::VARCHAR) THEN :param_36::INTEGER ELSE :param_37::INTEGER END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6::VARCHAR) THEN :param_38::INTEGER ELSE :param_39::INTEGER END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7::VARCHAR) THEN :param_40::INTEGER ELSE :param_41::INTEGER END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8::VARCHAR) THEN :param_42::INTEGER ELSE :param_43::INTEGER END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_44::INTEGER ELSE :param_45::INTEGER END) AS t_remaining 
FROM staged), 
cut AS 
(SELECT staged.score AS score, staged.rev_w AS rev_w 
FROM staged 
WHERE staged.charged IS NULL ORDER BY staged.score DESC, staged.rev_w DESC 
 LIMIT :param_339::INTEGER OFFSET :param_340::INTEGER), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_6::BIGINT AND staged.peers > :peers_5::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_330::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_331::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6::BIGINT) * staged.rev_w) * :param_332::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_333::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_334::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_335::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6::BIGINT) * staged.rev_w) * :param_336::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_337::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_338::INTEGER END AS abc_place 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NULL AND (NOT (EXISTS (SELECT * 
FROM cut)) OR staged.score > (SELECT cut.score 
FROM cut) OR staged.score = (SELECT cut.score 
FROM cut) AND staged.rev_w >= (SELECT cut.rev_w 
FROM cut)) ORDER BY staged.score DESC, staged.rev_w DESC, clients.external_id COLLATE "C" 
 LIMIT :param_341::INTEGER)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1::VARCHAR WHEN (top.rev_w <= :rev_w_1::BIGINT) THEN :param_2::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_13::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_14::BIGINT) THEN :param_15::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_16::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_17::BIGINT) THEN :param_18::VARCHAR ELSE :param_19::VARCHAR END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_20::BIGINT - top.last_at) / :param_21::BIGINT END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_22::INTEGER ELSE :param_23::INTEGER END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3::VARCHAR AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_4::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_24::INTEGER ELSE :param_25::INTEGER END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_26::INTEGER ELSE :param_27::INTEGER END AS s_telegram 
FROM totals LEFT OUTER JOIN top ON true ORDER BY top.score DESC, top.rev_w DESC, top.external_id COLLATE "C";
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
-- n_w_2 = 0
-- n_w_3 = 0
-- n_w_4 = 0
-- n_w_5 = 3
-- n_w_6 = 17
-- occurred_at_1 = 1751317200
-- occurred_at_2 = 1743541200
-- occurred_at_3 = 1751317200
-- occurred_at_4 = 1751317200
-- orders_count_1 = 4
-- orders_count_2 = 4
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 172800
-- param_100 = 20
-- param_101 = 19
-- param_102 = 20
-- param_103 = 19
-- param_104 = 0
-- param_105 = 5
-- param_106 = 4
-- param_107 = 'A'
-- param_108 = 20
-- param_109 = 19
-- param_11 = 1
-- param_110 = 'B'
-- param_111 = 'C'
-- param_112 = ['A', 'B']
-- param_113 = 'abc'
-- param_114 = 'cooldown'
-- param_115 = 0
-- param_116 = 1
-- param_117 = 2
-- param_118 = 'opted_out'
-- param_119 = 1
-- param_12 = 0
-- param_120 = 0
-- param_121 = 1
-- param_122 = 0
-- param_123 = 1
-- param_124 = 0
-- param_125 = 1
-- param_126 = 0
-- param_127 = 1
-- param_128 = 0
-- param_129 = 1
-- param_13 = 5
-- param_130 = 0
-- param_131 = 1
-- param_132 = 1
-- param_133 = 0.0
-- param_134 = 1
-- param_135 = 0
-- param_136 = 2
-- param_137 = 4
-- param_138 = 0
-- param_139 = 8
-- param_14 = 4
-- param_140 = 1
-- param_141 = 0
-- param_142 = 0.25
-- param_143 = 0
-- param_144 = 1
-- param_145 = 1
-- param_146 = 0.0
-- param_147 = 0.0
-- param_148 = 0.75
-- param_149 = 0.0
-- param_15 = 'A'
-- param_150 = 1751317200
-- param_151 = 86400
-- param_152 = 60
-- param_153 = 900
-- param_154 = 1
-- param_155 = 0
-- param_156 = 0
-- param_157 = 0
-- param_158 = 0
-- param_159 = 'not_all_criteria'
-- param_16 = 20
-- param_160 = 'tags'
-- param_161 = 'tags'
-- param_162 = 'min_orders'
-- param_163 = 'min_revenue'
-- param_164 = 'C'
-- param_165 = 0
-- param_166 = 'C'
-- param_167 = 0
-- param_168 = 1
-- param_169 = 5
-- param_17 = 19
-- param_170 = 4
-- param_171 = 1
-- param_172 = 5
-- param_173 = 4
-- param_174 = 20
-- param_175 = 19
-- param_176 = 20
-- param_177 = 19
-- param_178 = 0
-- param_179 = 5
-- param_18 = 'B'
-- param_180 = 4
-- param_181 = 'A'
-- param_182 = 20
-- param_183 = 19
-- param_184 = 'B'
-- param_185 = 'C'
-- param_186 = ['A', 'B']
-- param_187 = 'abc'
-- param_188 = 'cooldown'
-- param_189 = 'opted_out'
-- param_19 = 'C'
-- param_190 = 1
-- param_191 = 0
-- param_192 = 1
-- param_193 = 0
-- param_194 = 1
-- param_195 = 0
-- param_196 = 1
-- param_197 = 0
-- param_198 = 1
-- param_199 = 0
-- param_2 = 'C'
-- param_20 = 1751317200
-- param_200 = 1
-- param_201 = 0
-- param_202 = 1
-- param_203 = 0
-- param_204 = 1
-- param_205 = 2
-- param_206 = 3
-- param_207 = 4
-- param_208 = 5
-- param_209 = 6
-- param_21 = 86400
-- param_210 = 7
-- param_211 = 8
-- param_212 = 9
-- param_213 = 10
-- param_214 = 11
-- param_215 = 12
-- param_216 = 13
-- param_217 = 14
-- param_218 = 15
-- param_219 = 16
-- param_22 = 1
-- param_220 = 17
-- param_221 = 18
-- param_222 = 19
-- param_223 = 20
-- param_224 = 21
-- param_225 = 22
-- param_226 = 23
-- param_227 = 24
-- param_228 = 25
-- param_229 = 26
-- param_23 = 0
-- param_230 = 27
-- param_231 = 28
-- param_232 = 29
-- param_233 = 30
-- param_234 = 31
-- param_235 = 32
-- param_236 = 33
-- param_237 = 34
-- param_238 = 35
-- param_239 = 36
-- param_24 = 1
-- param_240 = 37
-- param_241 = 38
-- param_242 = 39
-- param_243 = 0
-- param_244 = 1
-- param_245 = 2
-- param_246 = 3
-- param_247 = 4
-- param_248 = 5
-- param_249 = 6
-- param_25 = 0
-- param_250 = 7
-- param_251 = 8
-- param_252 = 9
-- param_253 = 10
-- param_254 = 11
-- param_255 = 12
-- param_256 = 13
-- param_257 = 14
-- param_258 = 15
-- param_259 = 16
-- param_26 = 1
-- param_260 = 17
-- param_261 = 18
-- param_262 = 19
-- param_263 = 20
-- param_264 = 21
-- param_265 = 22
-- param_266 = 23
-- param_267 = 24
-- param_268 = 25
-- param_269 = 26
-- param_27 = 0
-- param_270 = 27
-- param_271 = 28
-- param_272 = 29
-- param_273 = 30
-- param_274 = 31
-- param_275 = 32
-- param_276 = 33
-- param_277 = 34
-- param_278 = 35
-- param_279 = 36
-- param_28 = 1
-- param_280 = 37
-- param_281 = 38
-- param_282 = 39
-- param_283 = 0
-- param_284 = 1
-- param_285 = 2
-- param_286 = 3
-- param_287 = 4
-- param_288 = 5
-- param_289 = 6
-- param_29 = 0
-- param_290 = 7
-- param_291 = 8
-- param_292 = 9
-- param_293 = 10
-- param_294 = 11
-- param_295 = 12
-- param_296 = 13
-- param_297 = 14
-- param_298 = 15
-- param_299 = 16
-- param_3 = 1
-- param_30 = 1
-- param_300 = 17
-- param_301 = 18
-- param_302 = 19
-- param_303 = 20
-- param_304 = 21
-- param_305 = 22
-- param_306 = 23
-- param_307 = 24
-- param_308 = 25
-- param_309 = 26
-- param_31 = 0
-- param_310 = 27
-- param_311 = 28
-- param_312 = 29
-- param_313 = 30
-- param_314 = 31
-- param_315 = 32
-- param_316 = 33
-- param_317 = 34
-- param_318 = 35
-- param_319 = 36
-- param_32 = 1
-- param_320 = 37
-- param_321 = 38
-- param_322 = 39
-- param_323 = 624
-- param_324 = 1
-- param_325 = 3
-- param_326 = 16
-- param_327 = 40
-- param_328 = 16
-- param_329 = 17
-- param_33 = 0
-- param_330 = 5
-- param_331 = 4
-- param_332 = 5
-- param_333 = 4
-- param_334 = 20
-- param_335 = 19
-- param_336 = 20
-- param_337 = 19
-- param_338 = 0
-- param_339 = 1
-- param_34 = 1
-- param_340 = 249
-- param_341 = 250
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
-- param_62 = 0.0
-- param_63 = 1751317200
-- param_64 = 86400
-- param_65 = 60
-- param_66 = 900
-- param_67 = 0
-- param_68 = 0
-- param_69 = 0
-- param_7 = 2.5
-- param_70 = 'not_all_criteria'
-- param_71 = 'tags'
-- param_72 = 'tags'
-- param_73 = 'min_orders'
-- param_74 = 'min_revenue'
-- param_75 = 'C'
-- param_76 = 'C'
-- param_77 = 5
-- param_78 = 4
-- param_79 = 5
-- param_8 = 1751317200
-- param_80 = 4
-- param_81 = 20
-- param_82 = 19
-- param_83 = 20
-- param_84 = 19
-- param_85 = 1
-- param_86 = 0
-- param_87 = 2.5
-- param_88 = 1751317200
-- param_89 = 86400
-- param_9 = 86400
-- param_90 = 172800
-- param_91 = 1
-- param_92 = 0
-- param_93 = 1
-- param_94 = 1
-- param_95 = 0
-- param_96 = 5
-- param_97 = 4
-- param_98 = 5
-- param_99 = 4
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
