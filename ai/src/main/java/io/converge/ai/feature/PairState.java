package io.converge.ai.feature;

/** History of one directed sender→recipient relationship: enough to know its age, size and rhythm. */
final class PairState {
  final long first;
  long last;
  int count;
  double gapSum;
  long lastGap = -1;

  PairState(long first) {
    this.first = first;
    this.last = first;
  }

  void add(long ts) {
    if (count > 0) {
      lastGap = Math.max(0, ts - last);
      gapSum += lastGap;
    }
    last = ts;
    count++;
  }

  double meanGap() {
    return count < 2 ? Double.NaN : gapSum / (count - 1);
  }
}
