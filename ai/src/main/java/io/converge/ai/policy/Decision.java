package io.converge.ai.policy;

import java.util.List;

/**
 * What this node does with a transfer. Local policy only: another node may decide differently, which is why decisions
 * never touch block validity.
 */
public sealed interface Decision {
  /** Ordered by severity; the most severe applicable decision wins. */
  int severity();

  List<String> reasons();

  record Allow() implements Decision {
    @Override
    public int severity() {
      return 0;
    }

    @Override
    public List<String> reasons() {
      return List.of();
    }
  }

  /** Admit, but raise an alert and a warning. */
  record Flag(List<String> reasons) implements Decision {
    public Flag {
      reasons = List.copyOf(reasons);
    }

    @Override
    public int severity() {
      return 1;
    }
  }

  /** Keep out of blocks until a reviewer releases or drops it. */
  record Hold(List<String> reasons) implements Decision {
    public Hold {
      reasons = List.copyOf(reasons);
    }

    @Override
    public int severity() {
      return 2;
    }
  }

  record Reject(List<String> reasons) implements Decision {
    public Reject {
      reasons = List.copyOf(reasons);
    }

    @Override
    public int severity() {
      return 3;
    }
  }
}
