package org.activerecord4j.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What one logger logged while it is open, at the level it is opened with; closing it puts the logger back.
 *
 * <pre>{@code
 * try (CapturedLog log = CapturedLog.of("org.activerecord4j.sql", Level.DEBUG)) {
 *     User.query().all();
 *     assertThat(log.messages()).anyMatch(line -> line.startsWith("SELECT"));
 * }
 * }</pre>
 */
public final class CapturedLog implements AutoCloseable {

    private final Logger logger;
    private final Level previous;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLog(String name, Level level) {
        this.logger = (Logger) LoggerFactory.getLogger(name);
        this.previous = logger.getLevel();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(level);
    }

    /**
     * Starts capturing {@code name} at {@code level}.
     *
     * @param name the logger's name
     * @param level the level to capture from
     * @return the capture; close it
     */
    public static CapturedLog of(String name, Level level) {
        return new CapturedLog(name, level);
    }

    /**
     * Returns the events logged so far.
     *
     * @return a copy of the events
     */
    public synchronized List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /**
     * Returns the formatted messages logged so far.
     *
     * @return the messages, in order
     */
    public List<String> messages() {
        return events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previous);
        appender.stop();
    }
}
