// YibaoStore
