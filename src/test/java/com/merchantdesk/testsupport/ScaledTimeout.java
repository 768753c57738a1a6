package com.merchantdesk.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * JUnit's {@code @Timeout}, but from the suite's scalable {@link TestTimeouts#SAFETY}: each test method of the
 * annotated class (or the annotated method) fails once it has run for {@link #value()} times that. The test runs
 * in a thread of its own that is abandoned at the timeout, so even a test stuck where an interrupt cannot reach
 * (a blocking read of a child's output) fails instead of hanging the build. It is a backstop: the waits inside
 * the test, each bounded by {@link TestTimeouts#SAFETY}, should fail first with a clearer message.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ScaledTimeoutExtension.class)
public @interface ScaledTimeout {

    /** How many {@link TestTimeouts#SAFETY} spans one test method may take. */
    int value();
}
