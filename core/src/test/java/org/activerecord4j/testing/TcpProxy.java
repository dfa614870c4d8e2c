package org.activerecord4j.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP listener on 127.0.0.1 that stands between a client and a database server and can make the network
 * go silent: once {@link #silence() silenced}, it keeps every connection open and accepts new ones but
 * passes no byte either way, as a network that drops packets looks to both ends. {@link #silent()} is a
 * listener that accepts and never answers. {@link #cutWhenClientSends} drops one connection at a chosen request, as
 * a network that fails at that moment. Thread-safe; close it to drop every connection.
 */
public final class TcpProxy implements AutoCloseable {

    private static final int NO_SERVER = -1;

    private final ServerSocket listener;
    private final int serverPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean silent;
    /** The bytes whose next appearance from a client drops that client's connection, or null. */
    private final AtomicReference<byte[]> cutAt = new AtomicReference<>();

    private TcpProxy(int serverPort, boolean silent) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.serverPort = serverPort;
        this.silent = silent;
        daemon("accept", this::acceptAll);
    }

    /**
     * Starts forwarding connections to the server on 127.0.0.1:{@code serverPort}.
     *
     * @param serverPort the server's port, e.g. 5432
     * @return the proxy, forwarding until silenced
     * @throws IOException when it cannot listen
     */
    public static TcpProxy forwardingTo(int serverPort) throws IOException {
        return new TcpProxy(serverPort, false);
    }

    /**
     * Starts a listener that accepts connections and never sends a byte.
     *
     * @return the listener
     * @throws IOException when it cannot listen
     */
    public static TcpProxy silent() throws IOException {
        return new TcpProxy(NO_SERVER, true);
    }

    /**
     * Returns the port clients connect to.
     *
     * @return the listening port on 127.0.0.1
     */
    public int port() {
        return listener.getLocalPort();
    }

    /** From now on passes nothing on, on open connections and new ones alike. */
    public void silence() {
        silent = true;
    }

    /**
     * Drops the connection on which a client next sends {@code request}: that chunk is not passed on, and both
     * the client's and the server's sockets are closed, so the server never sees it and the client's read fails
     * as when the network goes down. Once only.
     *
     * @param request text the client's request holds, e.g. {@code COMMIT}, matched in the bytes as sent (ASCII)
     */
    public void cutWhenClientSends(String request) {
        cutAt.set(request.getBytes(StandardCharsets.US_ASCII));
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket client = kept(listener.accept());
                Socket server = silent ? null : kept(new Socket(InetAddress.getLoopbackAddress(), serverPort));
                daemon("to server", () -> pump(client, server, true));
                if (server != null) {
                    daemon("to client", () -> pump(server, client, false));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private Socket kept(Socket socket) {
        sockets.add(socket);
        return socket;
    }

    /**
     * Copies {@code from}'s bytes to {@code to} until either end closes; drops them while silent, and closes both
     * at the request {@link #cutWhenClientSends} names.
     */
    private void pump(Socket from, Socket to, boolean fromClient) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to == null ? null : to.getOutputStream();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                byte[] cut = cutAt.get();
                if (fromClient && cut != null && contains(buffer, read, cut) && cutAt.compareAndSet(cut, null)) {
                    from.close();
                    if (to != null) {
                        to.close();
                    }
                    return;
                }
                if (!silent) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // one end closed: the copy in this direction is over
        }
    }

    private static boolean contains(byte[] buffer, int length, byte[] part) {
        for (int start = 0; start + part.length <= length; start++) {
            int matched = 0;
            while (matched < part.length && buffer[start + matched] == part[matched]) {
                matched++;
            }
            if (matched == part.length) {
                return true;
            }
        }
        return false;
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, "tcp-proxy " + name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
