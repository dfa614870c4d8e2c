package org.activerecord4j.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP listener on 127.0.0.1 that stands between a client and a database server and can make the network
 * go silent: once {@link #silence() silenced}, it keeps every connection open and accepts new ones but
 * passes no byte either way, as a network that drops packets looks to both ends. {@link #silent()} is a
 * listener that accepts and never answers. Thread-safe; close it to drop every connection.
 */
public final class TcpProxy implements AutoCloseable {

    private static final int NO_SERVER = -1;

    private final ServerSocket listener;
    private final int serverPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean silent;

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

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket client = kept(listener.accept());
                Socket server = silent ? null : kept(new Socket(InetAddress.getLoopbackAddress(), serverPort));
                daemon("to server", () -> pump(client, server));
                if (server != null) {
                    daemon("to client", () -> pump(server, client));
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

    /** Copies {@code from}'s bytes to {@code to} until either end closes; drops them while silent. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to == null ? null : to.getOutputStream();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (!silent) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // one end closed: the copy in this direction is over
        }
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
