package parbench.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import parbench.work.Task;

/**
 * What a parent and a child JVM say to each other over the child's stdin and stdout, in binary.
 * Request: magic, kind, two longs (and for a user's kernel, its class name). Response: magic, the task's result, a count and that many longs
 * (a squares chunk). Every message starts with a magic number, so garbage on stdout is caught
 * instead of being read as a number.
 */
public final class Protocol {
    public static final int REQUEST_MAGIC = 0x50425251;  // "PBRQ"
    public static final int RESPONSE_MAGIC = 0x50425253; // "PBRS"
    private static final byte RANGE_SUM = 1;
    private static final byte SQUARES = 2;
    private static final byte SLEEP = 3;
    private static final byte SPIN = 4;
    private static final byte KERNEL = 5;
    private static final int BLOCK_LONGS = 8192;

    private Protocol() {
    }

    /** The child said something that is not this protocol. */
    public static final class ProtocolException extends IOException {
        private static final long serialVersionUID = 1L;

        public ProtocolException(String message) {
            super(message);
        }
    }

    public static void writeTask(DataOutputStream out, Task task) throws IOException {
        out.writeInt(REQUEST_MAGIC);
        if (task instanceof Task.RangeSum t) {
            write(out, RANGE_SUM, t.from(), t.to());
        } else if (task instanceof Task.Squares t) {
            write(out, SQUARES, t.from(), t.to());
        } else if (task instanceof Task.Sleep t) {
            write(out, SLEEP, t.id(), t.millis());
        } else if (task instanceof Task.Spin t) {
            write(out, SPIN, t.id(), t.units());
        } else if (task instanceof Task.Kernel t) {
            write(out, KERNEL, t.from(), t.to());
            out.writeUTF(t.className());
        } else {
            throw new IllegalArgumentException("no wire form for " + task);
        }
    }

    private static void write(DataOutputStream out, byte kind, long a, long b) throws IOException {
        out.writeByte(kind);
        out.writeLong(a);
        out.writeLong(b);
    }

    /** The next task, or null when the parent has closed the stream between tasks. */
    public static Task readTask(DataInputStream in) throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException endOfTasks) {
            return null;
        }
        if (magic != REQUEST_MAGIC) {
            throw new ProtocolException(String.format("expected a request, read 0x%08x", magic));
        }
        byte kind = in.readByte();
        long a = in.readLong();
        long b = in.readLong();
        switch (kind) {
            case RANGE_SUM: return new Task.RangeSum(a, b);
            case SQUARES: return new Task.Squares(Math.toIntExact(a), Math.toIntExact(b));
            case SLEEP: return new Task.Sleep(Math.toIntExact(a), b);
            case SPIN: return new Task.Spin(Math.toIntExact(a), Math.toIntExact(b));
            case KERNEL: return new Task.Kernel(in.readUTF(), a, b);
            default: throw new ProtocolException("unknown task kind " + kind);
        }
    }

    public static void writeResult(DataOutputStream out, long result, long[] values, int count)
            throws IOException {
        out.writeInt(RESPONSE_MAGIC);
        out.writeLong(result);
        out.writeInt(count);
        ByteBuffer block = ByteBuffer.allocate(BLOCK_LONGS * Long.BYTES);
        for (int done = 0; done < count; ) {
            int k = Math.min(BLOCK_LONGS, count - done);
            block.clear();
            block.asLongBuffer().put(values, done, k);
            out.write(block.array(), 0, k * Long.BYTES);
            done += k;
        }
    }

    /**
     * Reads the response to task, copies its output into out at the task's place, and returns its
     * result. Fails on a wrong magic number, a wrong output length, or a stream that ends early.
     */
    public static long readResult(DataInputStream in, Task task, long[] out) throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            throw new ProtocolException("the child closed its stdout without answering");
        }
        if (magic != RESPONSE_MAGIC) {
            throw new ProtocolException(String.format(
                    "the child's stdout is not a response: read 0x%08x (\"%s\")", magic, printable(magic)));
        }
        long result = in.readLong();
        int count = in.readInt();
        if (count != task.outputLength()) {
            throw new ProtocolException("the child sent " + count + " values, the task has "
                    + task.outputLength());
        }
        byte[] bytes = new byte[Math.min(count, BLOCK_LONGS) * Long.BYTES];
        for (int done = 0; done < count; ) {
            int k = Math.min(BLOCK_LONGS, count - done);
            in.readFully(bytes, 0, k * Long.BYTES);
            ByteBuffer.wrap(bytes, 0, k * Long.BYTES).asLongBuffer().get(out, task.outputStart() + done, k);
            done += k;
        }
        return result;
    }

    private static String printable(int magic) {
        StringBuilder s = new StringBuilder();
        for (int shift = 24; shift >= 0; shift -= 8) {
            char c = (char) ((magic >>> shift) & 0xff);
            s.append(c >= 32 && c < 127 ? c : '?');
        }
        return s.toString();
    }
}
