package org.scrutineer.count.method.mj;

import java.util.Comparator;

/**
 * OCaml's {@code Array.sort} (stdlib {@code array.ml}): an in-place heap sort on a ternary heap,
 * <em>not stable</em>. Belenios sorts majority-judgment candidates with it, so the order of candidates
 * who tie — and so the order within each group of equals that belenios-tool prints — is whatever
 * this sort leaves; to print the same bytes we must sort the same way. Written from the algorithm
 * (build the heap from the last father down, then move the maximum to the end, bubble the hole down
 * to a leaf and trickle the displaced element up).
 */
final class OcamlHeapSort {
  private OcamlHeapSort() {}

  static <T> void sort(T[] a, Comparator<? super T> cmp) {
    int l = a.length;
    for (int i = (l + 1) / 3 - 1; i >= 0; i--) {
      trickleDown(a, cmp, l, i, a[i]);
    }
    for (int i = l - 1; i >= 2; i--) {
      T e = a[i];
      a[i] = a[0];
      trickleUp(a, cmp, bubbleDown(a, cmp, i, 0), e);
    }
    if (l > 1) {
      T e = a[1];
      a[1] = a[0];
      a[0] = e;
    }
  }

  /** The greater of i's (up to three) sons in a heap of size l, or -1 when i has none. */
  private static <T> int maxSon(T[] a, Comparator<? super T> cmp, int l, int i) {
    int first = 3 * i + 1;
    if (first + 2 < l) {
      int x = first;
      if (cmp.compare(a[first], a[first + 1]) < 0) {
        x = first + 1;
      }
      if (cmp.compare(a[x], a[first + 2]) < 0) {
        x = first + 2;
      }
      return x;
    }
    if (first + 1 < l && cmp.compare(a[first], a[first + 1]) < 0) {
      return first + 1;
    }
    return first < l ? first : -1;
  }

  private static <T> void trickleDown(T[] a, Comparator<? super T> cmp, int l, int i, T e) {
    while (true) {
      int j = maxSon(a, cmp, l, i);
      if (j < 0 || cmp.compare(a[j], e) <= 0) {
        a[i] = e;
        return;
      }
      a[i] = a[j];
      i = j;
    }
  }

  /** Moves the hole at i down to a leaf along the greater sons; returns the leaf. */
  private static <T> int bubbleDown(T[] a, Comparator<? super T> cmp, int l, int i) {
    while (true) {
      int j = maxSon(a, cmp, l, i);
      if (j < 0) {
        return i;
      }
      a[i] = a[j];
      i = j;
    }
  }

  private static <T> void trickleUp(T[] a, Comparator<? super T> cmp, int i, T e) {
    while (true) {
      int father = (i - 1) / 3;
      if (cmp.compare(a[father], e) < 0) {
        a[i] = a[father];
        if (father > 0) {
          i = father;
        } else {
          a[0] = e;
          return;
        }
      } else {
        a[i] = e;
        return;
      }
    }
  }
}
