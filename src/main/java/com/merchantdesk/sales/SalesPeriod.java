package com.merchantdesk.sales;

import com.merchantdesk.orders.Channel;
import java.time.LocalDate;
import java.util.Map;

/** One day, week or month of a report: its figures per channel and in all. */
public record SalesPeriod(LocalDate start, Map<Channel, SalesFigures> byChannel, SalesFigures total) {

    public SalesFigures of(Channel channel) { return byChannel.getOrDefault(channel, SalesFigures.ZERO); }
}
