package parbench.analysis;

import parbench.machine.MachineRecord;

/**
 * What makes runs "of one suite", so that they pool: the machine's name, the JDK's feature version
 * and the hash of the code that shaped the measurement ({@link parbench.machine.SuiteHash}).
 *
 * <p>Records from before the hash (and plain JMH files, which have no record) name no suite. They
 * are never grouped by themselves: nothing in them tells which jar made them (the suite version
 * never changed, and one machine's runs of one night came from several commits). They pool only
 * where a person names them together, as compare's sides or a check of runs known to be of one jar,
 * and the pool then says that its suite is {@link Agreement#UNVERIFIED}.
 *
 * @param machine    the machine record's name; null without a record
 * @param jdkFeature the benchmark JVM's feature version (17, 25); 0 where unknown
 * @param suiteHash  null where the record names no suite
 */
public record SuiteKey(String machine, int jdkFeature, String suiteHash) {

    /** How far a set of runs is known to be of one suite. */
    public enum Agreement {
        /** every run names its suite, and they agree with its machine and JDK */
        ONE_SUITE,
        /** machine and JDK agree, and some run names no suite: of one jar only if whoever named them knows it */
        UNVERIFIED,
        /** the machines, the JDKs or the named suites differ */
        DIFFERENT
    }

    public static SuiteKey of(MachineRecord m) {
        if (m == null) {
            return new SuiteKey(null, 0, null);
        }
        return new SuiteKey(m.name(), m.jvm() == null ? 0 : m.jvm().featureVersion(), m.suiteHash());
    }

    /** Machine, JDK and suite are all named. */
    public boolean known() {
        return machine != null && jdkFeature > 0 && suiteHash != null;
    }

    /** How far these keys (one run's each) are of one suite. */
    public static Agreement agreement(java.util.List<SuiteKey> keys) {
        if (keys.isEmpty()) {
            return Agreement.UNVERIFIED;
        }
        SuiteKey first = keys.get(0);
        boolean machineAndJdk = keys.stream().allMatch(k -> k.machine != null && k.jdkFeature > 0
                && k.machine.equals(first.machine) && k.jdkFeature == first.jdkFeature);
        if (!machineAndJdk) {
            return Agreement.DIFFERENT;
        }
        if (keys.stream().allMatch(SuiteKey::known)) {
            return keys.stream().allMatch(first::equals) ? Agreement.ONE_SUITE : Agreement.DIFFERENT;
        }
        boolean namedDiffer = keys.stream().filter(SuiteKey::known).map(SuiteKey::suiteHash).distinct().count() > 1;
        return namedDiffer ? Agreement.DIFFERENT : Agreement.UNVERIFIED;
    }
}
