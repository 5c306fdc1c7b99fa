package parbench.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import parbench.work.Task;

/**
 * The child JVM's entry point: reads tasks from stdin until it closes, answers each on stdout.
 * A cold child gets one task and end of input; a warm one stays for many. stdout carries the
 * answers, so System.out is pointed at stderr before any task runs: a user's kernel may print (its
 * output lands on the child's stderr), and the parent starts the JVM with its own messages there too.
 */
public final class WorkerMain {
    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        long[] buffer = new long[0];
        for (Task task = Protocol.readTask(in); task != null; task = Protocol.readTask(in)) {
            if (buffer.length < task.outputLength()) {
                buffer = new long[task.outputLength()];
            }
            long result = task.run(buffer, 0);
            Protocol.writeResult(out, result, buffer, task.outputLength());
            out.flush();
        }
    }
}
