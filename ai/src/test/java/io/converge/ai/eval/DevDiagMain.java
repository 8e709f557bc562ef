package io.converge.ai.eval;

import io.converge.ai.data.AmlsimReader;
import io.converge.ai.feature.Feature;
import io.converge.ai.feature.FeatureMatrix;
import io.converge.ai.feature.GraphConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/** Developer diagnostics; not a test. */
public final class DevDiagMain {
  public static void main(String[] args) throws Exception {
    var data = AmlsimReader.read(Path.of(args[0]));
    var m = FeatureMatrix.replay(data.transfers(), GraphConfig.defaults());
    Set<Long> ids = Set.of(120995L, 121926L, 122085L, 123615L, 123819L, 54265L, 55768L, 89850L);
    Feature[] fs = Feature.values();
    int[][] hist = new int[2][8];
    for (int i = 0; i < m.size(); i++) {
      var t = m.transfers().get(i);
      double[] r = m.rows()[i];
      if (ids.contains(t.transfer().id())) {
        StringBuilder sb = new StringBuilder(t.transfer().id() + ":");
        for (int j = 0; j < r.length; j++) if (r[j] != 0) sb.append(' ').append(fs[j]).append('=').append(String.format("%.2f", r[j]));
        System.out.println(sb);
      }
      if (i > 30000 && r[Feature.PAIR_IS_NEW.ordinal()] == 1) {
        hist[t.suspicious() ? 1 : 0][(int) Math.min(7, r[Feature.RELAY_CHAIN_DEPTH.ordinal()])]++;
      }
    }
    System.out.println("new-pair chain depth normal " + Arrays.toString(hist[0]));
    System.out.println("new-pair chain depth sar    " + Arrays.toString(hist[1]));
  }
}
