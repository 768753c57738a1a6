package com.merchantdesk.orders.view;

import com.merchantdesk.ui.shell.ScreenEntry;
import com.merchantdesk.ui.shell.ScreenProvider;
import java.util.List;

/** Registers the Orders screen with the shell, after Products. */
public final class OrderScreens implements ScreenProvider {

    @Override public int railOrder() { return 200; }

    @Override public List<ScreenEntry> entries() { return List.of(OrdersScreen.ENTRY); }
}
