package parbench.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Blocking on a real call: a round trip over a loopback TCP connection to a server in this JVM
 * that answers after W. The task writes its token and the wait, then blocks in a socket read until
 * the answer comes: a platform thread blocks in the kernel, a virtual thread (JDK 21+) parks and
 * the JDK's poller wakes it when the answer is readable. The server reads every request on one
 * selector thread and answers from one timer thread (which parks to W, as {@link Parking} does), so
 * the wait is W plus the timer's slack, the loopback's round trip and the server's turn for a
 * processor, and the answer is the task's own token: deterministic in what it returns, measured in
 * how long it takes. Each slot has its own connection: no two tasks share one.
 */
public final class LocalEcho implements Blocking {
    public static final String NAME = "socket";
    private static final int REQUEST = 16;
    private static final int REPLY = 8;

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final List<SocketChannel> clients = new ArrayList<>();
    private final List<SocketChannel> servers = new ArrayList<>();
    private final ScheduledThreadPoolExecutor timer;
    private final Thread reader;
    private volatile boolean closed;

    private LocalEcho(int slots) throws IOException {
        listener = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), slots);
        selector = Selector.open();
        timer = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "echo-timer"));
        for (int i = 0; i < slots; i++) {
            SocketChannel client = SocketChannel.open(listener.getLocalAddress());
            client.setOption(StandardSocketOptions.TCP_NODELAY, true);
            SocketChannel server = listener.accept();
            server.setOption(StandardSocketOptions.TCP_NODELAY, true);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_READ, ByteBuffer.allocate(REQUEST));
            clients.add(client);
            servers.add(server);
        }
        reader = daemon(this::serve, "echo-reader");
        reader.start();
    }

    /** A server and one connection per slot, ready. */
    public static LocalEcho open(int slots) {
        try {
            return new LocalEcho(slots);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open " + slots + " loopback connections", e);
        }
    }

    @Override
    public long block(int slot, long nanos, long token) {
        SocketChannel c = clients.get(slot);
        try {
            ByteBuffer request = ByteBuffer.allocate(REQUEST).putLong(token).putLong(nanos).flip();
            while (request.hasRemaining()) {
                c.write(request);
            }
            ByteBuffer reply = ByteBuffer.allocate(REPLY);
            while (reply.hasRemaining()) {
                if (c.read(reply) < 0) {
                    throw new IOException("the server closed slot " + slot + "'s connection");
                }
            }
            return reply.flip().getLong();
        } catch (IOException e) {
            throw new UncheckedIOException("round trip of slot " + slot, e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The selector thread: reads whole requests, and has the timer answer each after its wait. */
    private void serve() {
        try {
            while (!closed) {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    readRequest(key);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                throw new IllegalStateException("the echo server stopped", e);
            }
        }
    }

    /** Reads what has come of one connection's request; a connection the client closed (or reset) is dropped. */
    private void readRequest(SelectionKey key) throws IOException {
        SocketChannel server = (SocketChannel) key.channel();
        ByteBuffer request = (ByteBuffer) key.attachment();
        int read;
        try {
            read = server.read(request);
        } catch (IOException reset) {
            read = -1; // a task interrupted mid-call closes its end: its connection is done, the others are not
        }
        if (read < 0) {
            key.cancel();
            return;
        }
        if (request.hasRemaining()) {
            return; // the rest of the request is still on its way
        }
        long token = request.flip().getLong();
        long nanos = request.getLong();
        request.clear();
        if (nanos <= 0) {
            answer(server, token);
        } else {
            timer.schedule(() -> answer(server, token), nanos, TimeUnit.NANOSECONDS);
        }
    }

    private void answer(SocketChannel server, long token) {
        ByteBuffer reply = ByteBuffer.allocate(REPLY).putLong(token).flip();
        try {
            while (reply.hasRemaining()) {
                server.write(reply);
            }
        } catch (IOException e) {
            if (!closed) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        selector.wakeup();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
            for (SocketChannel c : clients) {
                c.close();
            }
            for (SocketChannel s : servers) {
                s.close();
            }
            selector.close();
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
