package com.merchantdesk.sales;

import com.merchantdesk.orders.Channel;
import java.util.List;
import java.util.Set;

/**
 * The figures of a range, period by period (every period of the range, empty ones too), their total, and the total
 * of the same number of days just before (the comparison).
 */
public record SalesReport(SalesRange range, Granularity by, Set<Channel> channels, BusinessDays days,
                          List<SalesPeriod> periods, SalesFigures total, SalesFigures previousTotal,
                          List<SalesPeriod> previousPeriods) {}
