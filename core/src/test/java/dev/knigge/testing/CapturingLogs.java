package dev.knigge.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An slf4j binding for tests that keeps what is logged while a capture runs, so tests can check
 * what Knigge (and the engine under it) writes to a platform's logs. Core's tests register it as
 * their only provider in {@code META-INF/services}; a module that ships a binding of its own (the
 * CLI's slf4j-simple) picks it with the system property
 * {@code slf4j.provider=dev.knigge.testing.CapturingLogs$Provider}. Silent, and with every level
 * off, between captures.
 */
public final class CapturingLogs {
    /** One logged event: level, logger, the formatted message and the throwable with its whole chain. */
    public record Event(Level level, String logger, String message, String throwable) {
        /** Everything the event would put in a log file. */
        public String text() {
            return level + " " + logger + " - " + message + (throwable == null ? "" : "\n" + throwable);
        }
    }

    private static final ConcurrentLinkedQueue<Event> EVENTS = new ConcurrentLinkedQueue<>();
    private static volatile boolean capturing;

    private CapturingLogs() {}

    /** Starts a capture, dropping what an earlier one kept. */
    public static void start() {
        EVENTS.clear();
        capturing = true;
    }

    /** Stops the capture and returns what it kept, in order. */
    public static List<Event> stop() {
        capturing = false;
        return List.copyOf(EVENTS);
    }

    /** The binding itself. */
    public static final class Provider implements SLF4JServiceProvider {
        private final ILoggerFactory loggers = CapturingLogger::new;
        private final IMarkerFactory markers = new BasicMarkerFactory();
        private final MDCAdapter mdc = new NOPMDCAdapter();

        @Override
        public ILoggerFactory getLoggerFactory() {
            return loggers;
        }

        @Override
        public IMarkerFactory getMarkerFactory() {
            return markers;
        }

        @Override
        public MDCAdapter getMDCAdapter() {
            return mdc;
        }

        @Override
        public String getRequestedApiVersion() {
            return "2.0.99";
        }

        @Override
        public void initialize() {}
    }

    private static final class CapturingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        CapturingLogger(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return capturing;
        }

        @Override
        public boolean isInfoEnabled() {
            return capturing;
        }

        @Override
        public boolean isWarnEnabled() {
            return capturing;
        }

        @Override
        public boolean isErrorEnabled() {
            return capturing;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                                   Throwable throwable) {
            if (!capturing || level == Level.TRACE) {
                return;
            }
            String message = MessageFormatter.basicArrayFormat(pattern, arguments);
            String trace = null;
            if (throwable != null) {
                StringWriter out = new StringWriter();
                throwable.printStackTrace(new PrintWriter(out));
                trace = out.toString();
            }
            EVENTS.add(new Event(level, name, message, trace));
        }
    }
}
