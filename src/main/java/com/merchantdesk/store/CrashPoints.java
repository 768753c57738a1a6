package com.merchantdesk.store;

/**
 * Named points of a sync run, and of taking an order, at which a test's child desk process is told to die, as
 * {@code kill -9} would (system property {@value #PROPERTY} names the point); nothing happens otherwise. The crash
 * tests stop the desk exactly there instead of after a delay tuned to a machine.
 */
public final class CrashPoints {

    public static final String PROPERTY = "merchantdesk.sync.crashAt";

    /** Rows marked sending and committed; their request not sent yet. */
    public static final String PUSH_MARKED_SENDING = "push.markedSending";
    /** The platform answered; the answer not recorded yet. */
    public static final String PUSH_ANSWERED = "push.answered";
    /** A pulled page applied inside its transaction, its cursor not written, nothing committed. */
    public static final String PULL_APPLIED = "pull.applied";
    /** A pulled page and its cursor committed. */
    public static final String PULL_COMMITTED = "pull.committed";

    /** An order taken at the desk written with its outbox row inside its transaction, nothing committed. */
    public static final String ORDER_WRITTEN = "order.written";
    /** An order taken at the desk committed with its outbox row; nothing sent. */
    public static final String ORDER_COMMITTED = "order.committed";

    private CrashPoints() {}

    public static void reached(String point) {
        if (point.equals(System.getProperty(PROPERTY))) {
            System.out.println("CRASHED AT " + point);
            System.out.flush();
            Runtime.getRuntime().halt(9);
        }
    }
}
