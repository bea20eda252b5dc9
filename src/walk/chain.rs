//! A shared, immutable linked list from a folder up to the root of the
//! search: each folder's tasks share their parents' part of it.

use std::sync::Arc;

/// One link: a value and the chain of the folder above.
#[derive(Debug)]
pub struct Chain<T> {
    value: T,
    parent: Option<Arc<Chain<T>>>,
}

impl<T> Chain<T> {
    /// A chain with `value` in front of `parent`.
    pub fn push(parent: Option<Arc<Chain<T>>>, value: T) -> Arc<Chain<T>> {
        Arc::new(Chain { value, parent })
    }

    /// The values from this link up to the root, nearest first.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        std::iter::successors(Some(self), |link| link.parent.as_deref()).map(|link| &link.value)
    }
}

impl<T> Drop for Chain<T> {
    /// Drops a long chain iteratively: a recursive drop of a 10,000-level
    /// route would overflow the stack.
    fn drop(&mut self) {
        let mut next = self.parent.take();
        while let Some(arc) = next {
            match Arc::try_unwrap(arc) {
                Ok(mut link) => next = link.parent.take(),
                Err(_) => break,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iterates_nearest_first_and_drops_deep_chains() {
        let mut chain = None;
        for i in 0..200_000 {
            chain = Some(Chain::push(chain, i));
        }
        let chain = chain.unwrap();
        assert_eq!(
            chain.iter().take(3).copied().collect::<Vec<_>>(),
            [199_999, 199_998, 199_997]
        );
        assert_eq!(chain.iter().count(), 200_000);
        drop(chain);
    }
}
