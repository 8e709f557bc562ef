package io.converge.ai.feature;

/** History of one directed sender→recipient relationship: enough to know its age, size and rhythm. */
final class PairState {
  final long first;
  long last;
  int count;
  double gapSum;

  PairState(long first) {
    this.first = first;
    this.last = first;
  }

  void add(long ts) {
    if (count > 0) {
      gapSum += Math.max(0, ts - last);
    }
    last = ts;
    count++;
  }

  double meanGap() {
    return count < 2 ? Double.NaN : gapSum / (count - 1);
  }
}
