// YibaoCore
