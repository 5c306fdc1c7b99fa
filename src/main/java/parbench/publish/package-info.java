/**
 * How a run's data becomes its report files: read the result file (jmhfmt), analyse it once
 * (analysis), word that analysis (render), write the files and the index (results). The launcher
 * and the report command both come through here; nothing below it knows of the others.
 */
package parbench.publish;
