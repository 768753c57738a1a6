package com.merchantdesk.platform;

import java.util.List;

/** The request body that records a refund by the desk's id for it (docs/platform-api.yaml). */
public record RefundCreate(String id, String orderId, List<LineUnits> lines, Money amount, boolean restock,
                           String reason, String afterSaleId, String deskId) {}
