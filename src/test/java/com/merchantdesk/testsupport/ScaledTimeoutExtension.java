package com.merchantdesk.testsupport;

import java.lang.reflect.Method;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Runs each test method under {@link ScaledTimeout}. */
final class ScaledTimeoutExtension implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        withTimeout(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        withTimeout(invocation, context);
    }

    private static void withTimeout(Invocation<Void> invocation, ExtensionContext context) {
        int spans = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), ScaledTimeout.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), ScaledTimeout.class))
                .orElseThrow().value();
        Duration limit = TestTimeouts.SAFETY.multipliedBy(spans);
        Assertions.assertTimeoutPreemptively(limit, invocation::proceed,
                () -> context.getDisplayName() + " did not finish within " + TestTimeouts.seconds(limit) + " ("
                        + spans + " × the safety timeout; scale it with -D" + TestTimeouts.SCALE_PROPERTY + "=N)");
    }
}
