package parbench.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import parbench.work.Task;

/**
 * What a parent and a child JVM say to each other over the child's stdin and stdout, in binary.
 * Request: magic, kind, two longs (and for squares their offset, for a user's kernel its class name). Response: magic, the
 * task's result, a count and that many longs (a squares chunk). Every message starts with a magic
 * number. The child's stdout is the one channel that others can write to as well (the JVM's own
 * warnings go there unless told otherwise), so the reader looks for the response's magic, which no
 * text contains (a NUL byte and 0xFE, never valid UTF-8), and keeps what it skipped as
 * {@link StrayOutput} instead of reading it as a number.
 */
public final class Protocol {
    public static final int REQUEST_MAGIC = 0x50425251;  // "PBRQ"
    public static final int RESPONSE_MAGIC = 0x00FE5052; // NUL, 0xFE, "PR"
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
            out.writeLong(t.offset());
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
            case SQUARES: return new Task.Squares(Math.toIntExact(a), Math.toIntExact(b), in.readLong());
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
     * result. Bytes before the response's magic are kept in stray. Fails on a wrong output length,
     * or a stream that ends before an answer.
     */
    public static long readResult(DataInputStream in, Task task, long[] out, StrayOutput stray) throws IOException {
        seekResponse(in, stray);
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

    /** Reads up to and including the response's magic; every byte before it is stray output. */
    private static void seekResponse(DataInputStream in, StrayOutput stray) throws IOException {
        int window = 0;
        for (long seen = 1; ; seen++) {
            int b = in.read();
            if (b < 0) {
                for (long k = Math.min(seen - 1, 4); k > 0; k--) {
                    stray.add((window >>> (8 * (k - 1))) & 0xff); // what the window still held was stray too
                }
                throw new ProtocolException("the child closed its stdout without answering");
            }
            int leaving = window >>> 24;
            window = (window << 8) | b;
            if (seen > 4) {
                stray.add(leaving);
            }
            if (seen >= 4 && window == RESPONSE_MAGIC) {
                return;
            }
        }
    }
}
