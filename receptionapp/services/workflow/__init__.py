"""The path of a matter after registration: 批示, 交办, replies, 督办, 延期, notices, 办结 and 归档."""
