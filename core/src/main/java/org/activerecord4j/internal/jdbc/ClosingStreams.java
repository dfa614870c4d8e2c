package org.activerecord4j.internal.jdbc;

import java.lang.ref.Cleaner;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Spliterator;
import java.util.stream.BaseStream;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams over a cursor that give its connection back by themselves: when the last row has been read,
 * when reading fails, when any terminal operation ({@code forEach}, {@code toList}, {@code count},
 * {@code findFirst}, …, on the stream or on a stream derived from it) returns or throws, and when the
 * stream is closed. Only {@code iterator()} and {@code spliterator()} hand out the rows without that
 * guarantee: an iterator abandoned before its end still needs {@code close()}. A stream that becomes
 * garbage while still open is closed then, with a warning that shows where it was opened.
 */
public final class ClosingStreams {

    private static final Logger LOG = LoggerFactory.getLogger(ClosingStreams.class);
    private static final Cleaner CLEANER = Cleaner.create();

    private ClosingStreams() {
    }

    /**
     * Returns a sequential stream of {@code records}, read from {@code cursor}.
     *
     * @param records the records, whose spliterator reads the cursor
     * @param cursor the open cursor
     * @param what what the stream reads, for the leak warning, e.g. {@code User}
     * @param <T> the record type
     * @return the self-closing stream
     */
    public static <T> Stream<T> over(Spliterator<T> records, Cursor cursor, String what) {
        CLEANER.register(records, new Leak(cursor, what, new Throwable("The stream was opened here")));
        Stream<T> stream = StreamSupport.stream(records, false).onClose(cursor::close);
        @SuppressWarnings("unchecked")
        Stream<T> closing = (Stream<T>) wrap(stream);
        return closing;
    }

    private static Object wrap(BaseStream<?, ?> stream) {
        Class<?> type = stream instanceof IntStream ? IntStream.class
                : stream instanceof LongStream ? LongStream.class
                : stream instanceof DoubleStream ? DoubleStream.class
                : Stream.class;
        return Proxy.newProxyInstance(ClosingStreams.class.getClassLoader(), new Class<?>[] {type}, new Closing(stream));
    }

    /** Forwards each call to the stream; closes it after a terminal operation or any failure. */
    private record Closing(BaseStream<?, ?> stream) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "ClosingStream[" + stream + "]";
                };
            }
            Object result;
            try {
                result = method.invoke(stream, arguments);
            } catch (InvocationTargetException e) {
                closeAfter(e.getCause());
                throw e.getCause();
            }
            if (result instanceof BaseStream<?, ?> next) {
                return next == stream ? proxy : wrap(next);
            }
            String name = method.getName();
            if (!name.equals("iterator") && !name.equals("spliterator") && !name.equals("close")) {
                stream.close();
            }
            return result;
        }

        private void closeAfter(Throwable failure) {
            try {
                stream.close();
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Closes a cursor whose stream became garbage while open, and says where it was opened. */
    private record Leak(Cursor cursor, String what, Throwable openedAt) implements Runnable {
        @Override
        public void run() {
            if (cursor.isClosed()) {
                return;
            }
            LOG.warn("A stream of {} was garbage-collected without being closed; closing it now. Read streams to the "
                    + "end or close them (try-with-resources)", what, openedAt);
            try {
                cursor.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the leaked stream of {} failed", what, e);
            }
        }
    }
}
