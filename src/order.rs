//! Sorting for the whole crate through one copy of the standard library's sort.
//!
//! Each `sort_by` call with its own closure type compiles the standard stable sort anew,
//! about 4 KB of WebAssembly apiece; a dozen call sites had made sorting 42 KB, an eighth of
//! the module's code. Here the sort is compiled once, over indices with a `dyn` comparison,
//! and callers reorder their own items by the result. Every order is stable: ties keep their
//! first order.

use std::cmp::Ordering;

/// The indices `0..len` in the order `cmp` puts them.
pub fn order(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Sorts `items` by `cmp`, stably.
pub fn sort_by<T>(items: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = order(items.len(), &mut |a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by(&mut v, |x, y| x.0.cmp(&y.0));
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let words = ["b", "a", "c"];
        assert_eq!(order(3, &mut |i, j| words[i].cmp(words[j])), [1, 0, 2]);
    }
}
